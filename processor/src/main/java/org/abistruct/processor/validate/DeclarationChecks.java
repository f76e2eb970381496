package org.abistruct.processor.validate;

import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CSpelling;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.ExpectedSize;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.MemberSite;

/**
 * Checks one declaration on its own: that it has members, where its flexible array member
 * sits, that its C names are C identifiers, and that its size asserts name selected ABIs.
 */
final class DeclarationChecks {
    private DeclarationChecks() {}

    static Report check(Declaration d) {
        Report.Builder report = Report.builder();
        StructDecl decl = d.decl();
        // Unnamed bitfields alone make no member C can name: GCC refuses such a struct.
        if (d.componentCount() == 0
                || decl.members().size() == d.componentCount() && decl.firstNamed() < 0) {
            report.add(Message.EMPTY_RECORD, d.record(), decl.ref().qualifiedName(), decl.keyword());
        }
        cName(decl.cName(), decl.keyword() + " tag", " in the annotation's name", d.cName(), report);
        List<Member> members = decl.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            MemberSite site = d.members().get(i);
            flexibleArray(d, m, site, report);
            cName(m.cName(), "member", " with @CName", site.cName(), report);
        }
        for (int i = 0; i < decl.expectedSizes().size(); i++) {
            ExpectedSize expected = decl.expectedSizes().get(i);
            for (Abi abi : expected.abis()) {
                if (!decl.abis().contains(abi)) {
                    report.add(Message.EXPECT_SIZE_ABI_NOT_SELECTED, d.expectSizes().get(i).abis(),
                            abi, decl.keyword(), decl.cName(), abi);
                }
            }
        }
        return report.build();
    }

    private static void flexibleArray(Declaration d, Member m, MemberSite site, Report.Builder report) {
        if (!(m.type() instanceof ArrayType array)) {
            return;
        }
        String name = m.javaName();
        if (array.length() == 0) {
            if (d.decl().union()) {
                report.add(Message.FLEXIBLE_ARRAY_IN_UNION, site.length(), name);
            } else if (site.componentIndex() != d.componentCount() - 1) {
                report.add(Message.FLEXIBLE_ARRAY_NOT_LAST, site.length(), name);
            }
        }
        CType inner = array.element();
        for (int dimension = 2; inner instanceof ArrayType a; dimension++) {
            if (a.length() == 0) {
                report.add(Message.FLEXIBLE_ARRAY_INNER_DIMENSION, site.length(), name, dimension);
            }
            inner = a.element();
        }
    }

    private static void cName(String name, String what, String where, Position at,
            Report.Builder report) {
        if (!CSpelling.isIdentifier(name)) {
            report.add(Message.BAD_C_NAME, at, name, where);
        } else if (CIdentifiers.isKeyword(name)) {
            report.add(Message.C_KEYWORD, at, name, what, where);
        }
    }
}
