package org.physiobench.model.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The clinical records as XMI, EMF's own file format (export, import, tests). Records are
 * referenced by their ids, dates are ISO-8601 ({@code 2026-11-26}), instants ISO-8601 in UTC
 * ({@code 2026-11-26T17:40:00Z}), shared vocabulary by its ids ({@code cauda-equina}).
 */
public final class ClinicalResources {

    /** The file extension of a PhysioBench XMI document. */
    public static final String FILE_EXTENSION = "physiobench";

    private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    private ClinicalResources() {
    }

    /** @return a resource set that reads and writes clinical XMI, also outside OSGi */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ClinicalPackage.eNS_URI, ClinicalPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        return resourceSet;
    }

    /** @return {@code root} (a copy of it, so the caller's object stays where it is) as XMI */
    public static byte[] toXmi(EObject root) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/record." + FILE_EXTENSION));
        resource.getContents().add(EcoreUtil.copy(root));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, OPTIONS);
        return out.toByteArray();
    }

    /**
     * @return the root object of an XMI document
     * @throws IOException when the document is not clinical XMI; the message says why
     */
    public static EObject fromXmi(byte[] xmi) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/record." + FILE_EXTENSION));
        try {
            resource.load(new ByteArrayInputStream(xmi), OPTIONS);
        } catch (IOException | RuntimeException e) {
            // EMF reports an illegal value as "Value 'x' is not legal"; the reason is in its causes
            throw new IOException("Not a readable PhysioBench XMI document: " + causes(e), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new IOException("The PhysioBench XMI document is empty");
        }
        return resource.getContents().get(0);
    }

    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
                text.append(text.isEmpty() ? "" : ": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
