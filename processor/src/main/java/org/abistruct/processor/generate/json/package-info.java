/**
 * The JSON output: each struct's layout report (policies, layouts per ABI, compat verdicts),
 * whose schema the README documents. Reads plans only.
 */
package org.abistruct.processor.generate.json;
