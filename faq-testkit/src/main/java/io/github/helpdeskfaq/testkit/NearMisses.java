package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.util.List;
import java.util.Locale;

/**
 * Ids and keys close to the contract's known ones, for {@link FaqRepositoryContract}'s parameterized cases: a
 * repository that normalises, trims or prefix-matches what it looks up shows on them.
 */
final class NearMisses {

  private NearMisses() {}

  /**
   * Valid ids that differ from {@link ContractData#KNOWN_FAQ_ID} only slightly (a trailing dot, a leading zero, a
   * digit less or changed): a repository holds no FAQ under any of them.
   *
   * @return the near misses
   */
  static List<FaqId> ofTheKnownId() {
    String known = ContractData.KNOWN_FAQ_ID.value();
    String allButLast = known.substring(0, known.length() - 1);
    return List.of(FaqId.of(known + "."), FaqId.of("0" + known), FaqId.of(allButLast),
        FaqId.of(allButLast + (known.endsWith("0") ? "9" : "0")));
  }

  /**
   * Valid keys that differ from {@link ContractData#IMAGE_KEY} only slightly (case, a trailing dot, a character less,
   * {@code _} for {@code -}): the known FAQ has no image under any of them.
   *
   * @return the near misses
   */
  static List<ImageKey> ofTheImageKey() {
    String key = ContractData.IMAGE_KEY.value();
    return List.of(ImageKey.of(key.toUpperCase(Locale.ROOT)), ImageKey.of(key + "."),
        ImageKey.of(key.substring(0, key.length() - 1)), ImageKey.of(key.replace('-', '_')));
  }
}
