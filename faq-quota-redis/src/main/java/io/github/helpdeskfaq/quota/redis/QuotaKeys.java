package io.github.helpdeskfaq.quota.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Redis keys of one application's quota: the same app id and base URL give the same keys on every replica,
 * anything else gives other keys. The keys carry a digest of the two, never the values themselves, and share one
 * hash tag so that a Redis cluster keeps them on one node.
 *
 * @param bucket the key of the token bucket
 * @param hold the key of the hold (the instant before which no permit is granted)
 */
record QuotaKeys(byte[] bucket, byte[] hold) {

  private static final String PREFIX = "helpdesk-faq:quota:";

  static QuotaKeys of(String appId, String baseUrl) {
    String tag = "{" + digest(appId + "\n" + baseUrl) + "}";
    return new QuotaKeys(bytes(PREFIX + tag + ":bucket"), bytes(PREFIX + tag + ":hold"));
  }

  /** The first 16 bytes of the SHA-256 of {@code identity}, in hex: a key part that shows no value. */
  static String digest(String identity) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  private static byte[] bytes(String key) {
    return key.getBytes(StandardCharsets.US_ASCII);
  }
}
