package org.jbcos.node.config;

/**
 * {@code config.ini [group]}: where the groups keep their data and configuration, relative to the
 * node directory.
 *
 * @param dataPath {@code group_data_path}, default {@code data/}; group N stores under {@code
 *     data/groupN/}
 * @param configPath {@code group_config_path}, default {@code conf/}; every {@code group.N.genesis}
 *     in it is a group of this node
 */
public record GroupPaths(String dataPath, String configPath) {
  static final String SECTION = "group";
  private static final String GROUP_DATA_PATH = "group_data_path";
  private static final String GROUP_CONFIG_PATH = "group_config_path";

  public static GroupPaths defaults() {
    return new GroupPaths("data/", "conf/");
  }

  static GroupPaths read(SectionReader r) {
    return new GroupPaths(r.string(GROUP_DATA_PATH, "data/"), r.string(GROUP_CONFIG_PATH, "conf/"));
  }

  void write(IniWriter w) {
    w.section(SECTION).entry(GROUP_DATA_PATH, dataPath).entry(GROUP_CONFIG_PATH, configPath);
  }
}
