package org.abistruct.importer.plan;

/**
 * One record component: its Java name, its C name (null when C names it the same way, or for
 * an anonymous member), what it carries, and which member of the C struct it is (-1 for an
 * unnamed bitfield debug information does not show).
 */
public record ComponentPlan(String javaName, String cName, Field field, boolean anonymous,
                            int member) {
    ComponentPlan withField(Field newField) {
        return new ComponentPlan(javaName, cName, newField, anonymous, member);
    }
}
