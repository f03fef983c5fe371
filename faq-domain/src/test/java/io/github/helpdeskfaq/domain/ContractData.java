package io.github.helpdeskfaq.domain;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The data that {@link FaqRepositoryContract} expects a repository to hold: the FAQ of Feishu's published example
 * response, its rich text holding every documented kind of element, and one multi-megabyte image of it. An
 * implementation under test is seeded with exactly this.
 */
public final class ContractData {

  /** The id of the FAQ in Feishu's example response. */
  public static final FaqId KNOWN_FAQ_ID = FaqId.of("6936004780707807231");
  /** An id that no repository under contract holds. */
  public static final FaqId UNKNOWN_FAQ_ID = FaqId.of("6936004780707800404");
  /** The key of the image that the known FAQ has. */
  public static final ImageKey IMAGE_KEY = ImageKey.of("img_b07ffac0-19c1-48a3-afca-599f8ea825fj");
  /** A key that the known FAQ has no image for. */
  public static final ImageKey UNKNOWN_IMAGE_KEY = ImageKey.of("img_00000000-0000-0000-0000-000000000404");
  /** The content type the image is served with. */
  public static final String IMAGE_CONTENT_TYPE = "image/png";
  /** The image's size: large enough that an implementation which buffers it twice would show. */
  public static final int IMAGE_SIZE = 3 * 1024 * 1024 + 17;

  private static final byte[] IMAGE = generateImage();
  private static final String IMAGE_SHA_256 = sha256(IMAGE);

  private ContractData() {}

  /**
   * The FAQ of Feishu's example response to {@code GET /open-apis/helpdesk/v1/faqs/6936004780707807231}, field by
   * field, except that its rich text goes on after the example's text with the examples of the helpdesk's rich-text
   * document: a line break, a hyperlink, and an image (under {@link #IMAGE_KEY}) with its source and size. So every
   * implementation is checked to keep all four kinds of element, every field included.
   *
   * @return the known FAQ
   */
  public static Faq knownFaq() {
    TicketUser user = new TicketUser(
        Optional.of(UserId.of("ou_37019b7c830210acd88fdce886e25c71")),
        Optional.of("https://xxxx"),
        Optional.of("abc"),
        Optional.of("用户部门名称(有权限才展示)"),
        Optional.of("城市"),
        Optional.of("国家"));
    Category category = new Category(
        Optional.of(CategoryId.of("6948728206392295444")),
        Optional.of("6948728206392295444"),
        Optional.of("创建团队和邀请成员"),
        Optional.of(CategoryId.of("0")),
        Optional.of(HelpdeskId.of("6939771743531696147")),
        Optional.of("zh_cn"));
    Instant time = Instant.ofEpochSecond(1596379008L);
    return Faq.builder(KNOWN_FAQ_ID)
        .legacyId("6936004780707807231")
        .helpdeskId(HelpdeskId.of("6936004780707807251"))
        .question("问题")
        .answer("答案")
        .answerRichText(List.of(
            RichTextElement.text("我的答案"),
            RichTextElement.text(""),
            RichTextElement.hyperlink("字节跳动", "https://bytedance.com"),
            new RichTextElement.Image(Optional.of(IMAGE_KEY.value()), Optional.of("https://link.to.image/image.jpg"),
                Optional.of("680"), Optional.of("480"))))
        .createTime(time)
        .updateTime(time)
        .expireTime(time)
        .categories(List.of(category))
        .tags(List.of("问", "题"))
        .createUser(user)
        .updateUser(user)
        .build();
  }

  /**
   * The image's bytes: deterministic, incompressible, {@link #IMAGE_SIZE} long.
   *
   * @return a fresh copy of the bytes
   */
  public static byte[] imageBytes() {
    return IMAGE.clone();
  }

  /**
   * The SHA-256 of the image, in lower-case hex.
   *
   * @return the digest
   */
  public static String imageSha256() {
    return IMAGE_SHA_256;
  }

  /**
   * Ids and keys that no value object accepts: each is refused before any lookup.
   *
   * @return hostile strings, each with what makes it hostile
   */
  public static List<String> hostileIdentifiers() {
    return List.of("", " ", "\t", " 42", "42 ", "a/b", "a\\b", ".", "..", "%2F", "..%2F..", "a%00b", "a\u0000b",
        "a\nb", "a\u007fb", "a\u200fb", "a\u202eb", "a\u00a0b", "\ud83d\ude00", "ａ", "x".repeat(129),
        "x".repeat(10_000), "a b", "a?b", "a#b", "a;b");
  }

  /**
   * Streams the input through SHA-256 in small chunks.
   *
   * @param in the bytes to digest
   * @return the digest in lower-case hex
   * @throws IOException if reading fails
   */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest digest = newSha256();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newSha256().digest(bytes));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  private static byte[] generateImage() {
    byte[] bytes = new byte[IMAGE_SIZE];
    new SplittableRandom(20260101L).nextBytes(bytes);
    return bytes;
  }
}
