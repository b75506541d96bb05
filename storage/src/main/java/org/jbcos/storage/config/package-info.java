/** Reading a group's {@code [storage]} settings and opening the backend they name. */
package org.jbcos.storage.config;
