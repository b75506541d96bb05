/**
 * The {@code jbcos} command line (picocli): one class per sub-command. Commands parse and print;
 * the work is done by the modules they call.
 */
package org.jbcos.tools;
