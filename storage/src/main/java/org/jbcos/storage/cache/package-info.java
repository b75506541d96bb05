/**
 * The read cache that decorates any backend: bounded by weight, LRU, write-through (no asynchronous
 * write-back), with hit and miss counters.
 */
package org.jbcos.storage.cache;
