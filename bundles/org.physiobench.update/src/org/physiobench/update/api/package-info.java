/**
 * Software updates of an installed PhysioBench: check for and apply updates, install and
 * uninstall features (for example a researcher's modality plug-in) from p2 repositories,
 * list what is installed and revert to the previous installation state.
 * <p>
 * Entry point: {@link org.physiobench.update.api.Installation#running()}. Every operation
 * either completes or leaves the installation unchanged; failures are
 * {@link org.physiobench.update.api.UpdateException}s whose
 * {@link org.physiobench.update.api.UpdateException.Reason reason} says what went wrong
 * (unreachable, corrupt or incompatible repository, untrusted content...).
 * <p>
 * Trust: content must be signed by a certificate the installation trusts - the
 * certificate that signed the installation itself, one rooted in the Java runtime's
 * trust store, or one the user trusted in p2's trust dialog. Unsigned content is refused
 * by the headless operations.
 */
package org.physiobench.update.api;
