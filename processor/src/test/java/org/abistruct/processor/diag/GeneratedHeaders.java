package org.abistruct.processor.diag;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.abistruct.Abi;
import org.abistruct.processor.generate.cheader.CHeaders;

/**
 * The C headers a compilation generated, written to a directory and included, per ABI, by one
 * file that ABI's GCC compiles ({@link CHeaders}): each header on every ABI its JSON report
 * lays its struct out for, an ioctl interface's header (which has no report) on all.
 */
final class GeneratedHeaders {
    private static final Pattern LAYOUT_ABI = Pattern.compile("\"abi\": \"(\\w+)\"");

    private final Path dir;
    private final Map<Abi, StringBuilder> includes = new EnumMap<>(Abi.class);
    private int headers;

    /** The headers of {@code compilation}, written under {@code dir}. */
    GeneratedHeaders(Compilation compilation, Path dir) throws IOException {
        this.dir = dir;
        Map<String, String> resources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf("/abistruct/");
            if (file.getKind() == JavaFileObject.Kind.OTHER && at >= 0) {
                resources.put(path.substring(at + 1), file.getCharContent(true).toString());
            }
        }
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            String path = resource.getKey();
            if (path.endsWith(".h")) {
                headers++;
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, resource.getValue());
                String json = resources.get(path.replaceFirst("\\.h$", ".json"));
                for (Abi abi : json == null ? EnumSet.allOf(Abi.class) : laidOutFor(json)) {
                    includes.computeIfAbsent(abi, a -> new StringBuilder())
                            .append("#include \"").append(path).append("\"\n");
                }
            }
        }
    }

    int count() {
        return headers;
    }

    int abis() {
        return includes.size();
    }

    /** Each ABI's GCC on its headers, strict: the failures, each with its stderr. */
    String failures() {
        Map<Abi, String> sources = new EnumMap<>(Abi.class);
        includes.forEach((abi, lines) -> sources.put(abi, lines.toString()));
        return CHeaders.failures(CHeaders.compile(dir, sources, CHeaders.STRICT));
    }

    /** The ABIs of the {@code layouts} of a JSON report. */
    private static Set<Abi> laidOutFor(String json) {
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        Matcher m = LAYOUT_ABI.matcher(json);
        while (m.find()) {
            abis.add(Abi.valueOf(m.group(1)));
        }
        if (abis.isEmpty()) {
            throw new IllegalStateException("no layout in " + json);
        }
        return abis;
    }
}
