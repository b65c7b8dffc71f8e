package org.physiobench.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator without an Eclipse workspace.
 *
 * <p>EMF's own headless application needs a running workspace, so this main does the few
 * things the IDE would do: it maps {@code platform:/resource/<bundle>/} to the bundle folder,
 * brings the .genmodel in line with its .ecore (the IDE's "Reload": stale entries removed,
 * new classifiers and features added, every setting kept), saves the .genmodel when that
 * changed it, and generates the model code into the genmodel's model directory.
 *
 * <p>Arguments: the bundle folder and the .genmodel path relative to it. The bundle's folder
 * name must be its symbolic name, as the genmodel's platform paths use it.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateModel <bundle folder> <genmodel path in the bundle>");
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path genModelFile = bundle.resolve(args[1]).normalize();
        if (!Files.isRegularFile(genModelFile)) {
            throw new IllegalArgumentException("No genmodel at " + genModelFile);
        }
        String bundleName = bundle.getFileName().toString();
        ResourceSet resourceSet = newResourceSet(bundle, bundleName);

        URI genModelUri = URI.createPlatformResourceURI(bundleName + "/" + bundle.relativize(genModelFile), true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        synchronizeWithEcore(genModel, genModelResource);

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() >= Diagnostic.ERROR) {
            fail("The genmodel is not valid", validation);
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() >= Diagnostic.ERROR) {
            fail("Code generation failed", result);
        }
        System.out.println("Generated the model code of " + genModelFile + " into " + genModel.getModelDirectory());
    }

    private static ResourceSet newResourceSet(Path bundle, String bundleName) {
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        // The generator writes through platform:/resource URIs; without a workspace they
        // are resolved through this map (EcorePlugin's platform resource map).
        EcorePlugin.getPlatformResourceMap().put(bundleName,
                URI.createFileURI(bundle.toString() + "/"));
        return resourceSet;
    }

    /**
     * The IDE's "Reload" of a genmodel, kept deterministic: reconcile() drops what the
     * .ecore no longer has, initialize() adds what is new and keeps existing settings.
     */
    private static void synchronizeWithEcore(GenModel genModel, Resource genModelResource) throws IOException {
        String before = serialize(genModelResource);
        genModel.reconcile();
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : genModel.getGenPackages()) {
            if (genPackage.getEcorePackage() == null || genPackage.getEcorePackage().eIsProxy()) {
                throw new IllegalStateException("The genmodel's package " + EcoreUtil.getURI(genPackage)
                        + " does not resolve to an EPackage in the .ecore");
            }
            ePackages.add(genPackage.getEcorePackage());
        }
        genModel.initialize(ePackages);
        String after = serialize(genModelResource);
        if (!before.equals(after)) {
            genModelResource.save(saveOptions());
            System.out.println("Updated " + genModelResource.getURI() + " from its .ecore");
        }
    }

    private static String serialize(Resource resource) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        resource.save(out, saveOptions());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        return options;
    }

    private static void fail(String message, Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(message).append(':');
        append(text, diagnostic, "  ");
        throw new IllegalStateException(text.toString());
    }

    private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
        text.append('\n').append(indent).append(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            append(text, child, indent + "  ");
        }
    }
}
