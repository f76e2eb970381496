package org.abistruct.examples.e500;


/**
 * Thrown instead of reading a struct that user space laid out under an ABI whose layout of it
 * differs from the kernel's: reading it anyway would take the wrong bytes, and the call needs a
 * compat handler.
 */
public final class AbiMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient StructShape caller;
    private final transient StructShape kernel;

    AbiMismatchException(StructShape caller, StructShape kernel) {
        super(message(caller, kernel));
        this.caller = caller;
        this.kernel = kernel;
    }

    private static String message(StructShape caller, StructShape kernel) {
        String sizes = caller.size() == kernel.size()
                ? " is " + caller.size() + " bytes under both " + caller.abi() + " (user space) and "
                        + kernel.abi() + " (kernel)"
                : " is " + caller.size() + " bytes under " + caller.abi() + " (user space) but "
                        + kernel.size() + " bytes under " + kernel.abi() + " (kernel)";
        String members = caller.memberDifferencesFrom(kernel);
        return "struct " + caller.cName() + sizes + (members.isEmpty() ? "" : "; " + members)
                + ": refusing to read it as " + kernel.abi() + ", the call needs a compat handler";
    }

    /** The struct's shape under the ABI of user space. */
    public StructShape caller() {
        return caller;
    }

    /** The struct's shape under the kernel's ABI. */
    public StructShape kernel() {
        return kernel;
    }
}
