package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The e500 code and the report take every struct size from the generated bindings: no literal
 * entry or config size (24), enable_cap size (104) or core array length in the main sources.
 */
class NoLiteralSizeTest {

    private static final Path MAIN = Path.of("src/main/java/org/abistruct/examples");
    private static final Pattern LITERAL =
            Pattern.compile("(?<![\\w.])(24|104|12_?672|13_?824|26_?112)(?![\\w.])");

    @Test
    void noSizeIsSpelledOut() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> e500 = Files.list(MAIN.resolve("e500"))) {
            e500.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        sources.add(MAIN.resolve("Report.java"));
        assertTrue(sources.size() > 30, "the main sources were found: " + sources.size());
        List<String> hits = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL.matcher(lines.get(i)).find()) {
                    hits.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    @Test
    void thePatternCatchesASize() {
        assertTrue(LITERAL.matcher("new EntryLayout(24, 0, 4").find());
        assertTrue(LITERAL.matcher("arrayLen == 26_112").find());
        assertTrue(!LITERAL.matcher("1024 entries, 0x24").find());
    }
}
