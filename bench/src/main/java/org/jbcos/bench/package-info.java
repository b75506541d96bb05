/**
 * JMH benchmarks of hot paths. Run them with the command in docs/performance.md; they are compiled
 * by the normal build but never run by the tests.
 */
package org.jbcos.bench;
