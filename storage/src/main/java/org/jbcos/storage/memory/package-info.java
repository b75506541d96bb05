/** The in-memory backend: the reference every persistent backend must agree with. */
package org.jbcos.storage.memory;
