/**
 * FISCO BCOS 2.x node configuration: the INI dialect of boost property_tree ({@link
 * org.jbcos.node.config.IniParser}), the typed and validated contents of {@code config.ini} ({@link
 * org.jbcos.node.config.NodeConfig}), {@code group.N.genesis} ({@link
 * org.jbcos.node.config.GroupGenesis}) and {@code group.N.ini} ({@link
 * org.jbcos.node.config.GroupIni}), the loader of a node directory ({@link
 * org.jbcos.node.config.NodeConfigLoader}) and the writer used by the chain builder.
 *
 * <p>Every section record keeps its key names, defaults (FISCO's code defaults), bounds, parsing
 * and writing together. Values are checked here, at the edge: a bad value is a {@link
 * org.jbcos.node.config.ConfigException} naming the file, section, key and line; unknown keys are
 * ignored as FISCO ignores them, but reported as warnings. Nothing here opens sockets or reads
 * keys.
 */
package org.jbcos.node.config;
