package org.abistruct.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.abistruct.Abi;

/**
 * The command line: {@code --package P --out DIR [--struct S]... [--abi A] [--verify]
 * header...}.
 */
public record Options(String packageName, Path out, List<String> headers, List<String> structs,
                      Abi abi, boolean verify, List<Path> includes) {
    static final String USAGE = "usage: import.sh --package <java.package> --out <source folder> "
            + "<header.h>... [--struct <tag>]... [--abi <ABI>] [--include <dir>]... [--verify]";

    public Options {
        headers = List.copyOf(headers);
        structs = List.copyOf(structs);
        includes = List.copyOf(includes);
    }

    public static Options parse(String... args) {
        String packageName = null;
        Path out = null;
        List<String> headers = new ArrayList<>();
        List<String> structs = new ArrayList<>();
        List<Path> includes = new ArrayList<>();
        Abi abi = Abi.X86_64;
        boolean verify = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--package" -> packageName = value(args, ++i, arg);
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--struct" -> structs.add(value(args, ++i, arg));
                case "--abi" -> abi = abi(value(args, ++i, arg));
                case "--include" -> includes.add(Path.of(value(args, ++i, arg)));
                case "--verify" -> verify = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new ImportException("unknown option " + arg + "\n" + USAGE);
                    }
                    headers.add(arg);
                }
            }
        }
        if (packageName == null || out == null || headers.isEmpty()) {
            throw new ImportException(USAGE);
        }
        if (!SourceVersion.isName(packageName)) {
            throw new ImportException("--package " + packageName + " is not a Java package name");
        }
        for (Path dir : includes) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new ImportException("--include " + dir + " is not a folder");
            }
        }
        return new Options(packageName, out, headers, structs, abi, verify, includes);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new ImportException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static Abi abi(String name) {
        try {
            return Abi.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ImportException("unknown ABI " + name + "; one of " + List.of(Abi.values()));
        }
    }
}
