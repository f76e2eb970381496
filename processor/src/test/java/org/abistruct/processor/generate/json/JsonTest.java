package org.abistruct.processor.generate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void rowsStayOnOneLineAndEverythingElseIsIndented() {
        Json json = new Json().object(null).value("name", "kvm_dirty_tlb");
        json.array("members");
        json.row(null).value("name", "bitmap").value("offset", 0).endObject();
        json.row(null).value("name", "num \"dirty\"").value("tail", true).endObject();
        json.endArray();
        json.array("padding").endArray();
        json.row("empty").endObject();
        assertEquals("""
                {
                  "name": "kvm_dirty_tlb",
                  "members": [
                    { "name": "bitmap", "offset": 0 },
                    { "name": "num \\"dirty\\"", "tail": true }
                  ],
                  "padding": [],
                  "empty": {}
                }
                """, json.endObject().toString());
    }
}
