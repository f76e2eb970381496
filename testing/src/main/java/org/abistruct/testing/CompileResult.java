package org.abistruct.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abistruct.Abi;

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

    /**
     * Whether stderr holds an abistruct assert message on {@code what} naming {@code abi} among
     * the ABIs it holds for, followed by {@code detail}: {@code KVM_RUN on X86_64 and AARCH64:
     * _IO(0xAE, 0x80)} names both.
     */
    public boolean assertNames(String what, Abi abi, String detail) {
        Matcher message = Pattern.compile(Pattern.quote(what)
                + " on ([A-Z0-9_]+(?:, [A-Z0-9_]+)*(?: and [A-Z0-9_]+)?): "
                + Pattern.quote(detail)).matcher(stderr);
        while (message.find()) {
            if (List.of(message.group(1).split(", | and ")).contains(abi.name())) {
                return true;
            }
        }
        return false;
    }
}
