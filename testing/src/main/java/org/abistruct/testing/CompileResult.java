package org.abistruct.testing;

/** What one compiler run printed and how it exited. */
public record CompileResult(String command, int exitCode, String stdout, String stderr) {

    /** Whether the compiler exited with status 0. */
    public boolean ok() {
        return exitCode == 0;
    }

    /** This result if the compiler succeeded; otherwise an {@link AssertionError} with its stderr. */
    public CompileResult orFail() {
        if (!ok()) {
            throw new AssertionError(command + " exited with " + exitCode + ":\n" + stderr);
        }
        return this;
    }
}
