package org.abistruct.processor.validate;

import java.util.HashMap;
import java.util.Map;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;

/**
 * The C header paths claimed so far in one compilation, so that two declarations never write
 * the same header: the second to claim a path is reported.
 */
public final class HeaderPaths {
    private final Map<String, String> owners = new HashMap<>();

    /** Claims {@code path} for {@code owner} (such as {@code struct kvm_run}), pointing at {@code at}. */
    public Report claim(String path, String owner, Position at) {
        String earlier = owners.putIfAbsent(path, owner);
        if (earlier == null || earlier.equals(owner)) {
            return Report.clean();
        }
        return Report.builder().add(Message.DUPLICATE_HEADER, at, owner, path, earlier).build();
    }
}
