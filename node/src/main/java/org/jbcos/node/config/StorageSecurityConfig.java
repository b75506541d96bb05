package org.jbcos.node.config;

/**
 * {@code config.ini [storage_security]} (pre-2.x name {@code [data_secure]}): disk encryption with
 * a data key held by a Key Manager.
 *
 * @param enable {@code enable}, default false
 * @param keyManagerIp {@code key_manager_ip}; required when enabled
 * @param keyManagerPort {@code key_manager_port}, default 20000
 * @param cipherDataKey {@code cipher_data_key}: the data key encrypted by the Key Manager; required
 *     when enabled
 */
public record StorageSecurityConfig(
    boolean enable, String keyManagerIp, int keyManagerPort, String cipherDataKey) {
  static final String SECTION = "storage_security";
  static final String LEGACY_SECTION = "data_secure";
  private static final String ENABLE = "enable";
  private static final String KEY_MANAGER_IP = "key_manager_ip";
  private static final String KEY_MANAGER_PORT = "key_manager_port";
  private static final String CIPHER_DATA_KEY = "cipher_data_key";
  private static final int DEFAULT_KEY_MANAGER_PORT = 20000;

  public static StorageSecurityConfig disabled() {
    return new StorageSecurityConfig(false, "", DEFAULT_KEY_MANAGER_PORT, "");
  }

  static StorageSecurityConfig read(SectionReader r) {
    boolean enable = r.bool(ENABLE, false);
    String ip = r.string(KEY_MANAGER_IP, "");
    int port = r.integer(KEY_MANAGER_PORT, DEFAULT_KEY_MANAGER_PORT, 1, Addresses.MAX_PORT);
    String cipher = r.string(CIPHER_DATA_KEY, "");
    if (enable && ip.isEmpty()) {
      throw r.error(KEY_MANAGER_IP, "is required when enable=true");
    }
    if (enable && cipher.isEmpty()) {
      throw r.error(CIPHER_DATA_KEY, "is required when enable=true");
    }
    return new StorageSecurityConfig(enable, ip, port, cipher);
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .entry(ENABLE, enable)
        .entry(KEY_MANAGER_IP, keyManagerIp)
        .entry(KEY_MANAGER_PORT, keyManagerPort)
        .entry(CIPHER_DATA_KEY, cipherDataKey);
  }
}
