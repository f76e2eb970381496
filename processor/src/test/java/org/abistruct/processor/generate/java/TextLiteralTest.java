package org.abistruct.processor.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.junit.jupiter.api.Test;

/** Each literal, compiled by javac, holds exactly the text it was made from. */
class TextLiteralTest {
    private static final List<String> TEXTS = List.of(
            "one line",
            "struct pair {\n    uint8_t a; /*     0     1 */\n\n    /* size: 1 */\n};\n",
            "    indented on every line\n    even the last\n",
            "no newline at the end\n  last",
            "trailing spaces  \nand a tab\there\t\n",
            "quotes \"\"\" and \\ backslashes \\u0041 \\n\n",
            "controls \u0001\f\r end\n",
            "\n\nblank lines first\n\n",
            "   \n");

    @Test
    void javacReadsBackEachText() {
        TypeSpec.Builder type = TypeSpec.classBuilder("Texts").addModifiers(Modifier.PUBLIC);
        for (int i = 0; i < TEXTS.size(); i++) {
            type.addField(FieldSpec.builder(String.class, "F" + i, Modifier.PUBLIC,
                    Modifier.STATIC, Modifier.FINAL).initializer(TextLiteral.of(TEXTS.get(i)))
                    .build());
            type.addMethod(MethodSpec.methodBuilder("m" + i)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(String.class)
                    .addStatement("return $L", TextLiteral.of(TEXTS.get(i))).build());
        }
        Loaded loaded = Loaded.compile(List.of(JavaFile.builder(Decls.PACKAGE, type.build())
                .indent("    ").build()));
        Class<?> texts = loaded.type("Texts");
        for (int i = 0; i < TEXTS.size(); i++) {
            try {
                assertEquals(TEXTS.get(i), texts.getField("F" + i).get(null), "field " + i);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            assertEquals(TEXTS.get(i), Loaded.call(null, texts, "m" + i), "method " + i);
        }
    }

    @Test
    void multiLineTextIsOneTextBlock() {
        String code = TextLiteral.of("a\nb\n").toString();
        assertTrue(code.startsWith("\"\"\"\n") && code.endsWith("\"\"\""), code);
        assertEquals("\"a\"", TextLiteral.of("a").toString());
    }
}
