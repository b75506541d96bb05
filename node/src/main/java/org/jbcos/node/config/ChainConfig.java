package org.jbcos.node.config;

/**
 * {@code config.ini [chain]}: chain-wide choices fixed when the chain is built.
 *
 * @param id {@code id}, default 1: the chain id every transaction must carry
 * @param smCrypto {@code sm_crypto}, default false: SM3 + SM2 instead of Keccak-256 + secp256k1
 * @param smCryptoChannel {@code sm_crypto_channel}, default false: SM TLS (dual SM2 certificates)
 *     on the SDK channel
 * @param rsaCryptoChannel {@code rsa_crypto_channel}, default false (build-chain writes true for
 *     2.9.0 and later): RSA certificates from {@code conf/channel_cert/} on the SDK channel
 */
public record ChainConfig(
    long id, boolean smCrypto, boolean smCryptoChannel, boolean rsaCryptoChannel) {
  static final String SECTION = "chain";
  static final String ID = "id";
  static final String SM_CRYPTO = "sm_crypto";
  static final String SM_CRYPTO_CHANNEL = "sm_crypto_channel";
  static final String RSA_CRYPTO_CHANNEL = "rsa_crypto_channel";

  static ChainConfig read(SectionReader r) {
    ChainConfig chain =
        new ChainConfig(
            r.integer(ID, 1L, 0L, Long.MAX_VALUE),
            r.bool(SM_CRYPTO, false),
            r.bool(SM_CRYPTO_CHANNEL, false),
            r.bool(RSA_CRYPTO_CHANNEL, false));
    if (chain.smCryptoChannel() && !chain.smCrypto()) {
      throw r.error(SM_CRYPTO_CHANNEL, "SM TLS on the channel needs sm_crypto=true");
    }
    if (chain.smCryptoChannel() && chain.rsaCryptoChannel()) {
      throw r.error(
          RSA_CRYPTO_CHANNEL, "cannot be true together with sm_crypto_channel=true: choose one");
    }
    return chain;
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .entry(ID, id)
        .comment("use SM crypto or not, should never be changed")
        .entry(SM_CRYPTO, smCrypto)
        .entry(SM_CRYPTO_CHANNEL, smCryptoChannel)
        .comment("the SDK channel uses the RSA certificates in conf/channel_cert/")
        .entry(RSA_CRYPTO_CHANNEL, rsaCryptoChannel);
  }
}
