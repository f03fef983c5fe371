package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;

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
 * The data that {@link FaqRepositoryContract} expects a repository to hold, and nothing else: two FAQs with different
 * content ({@link #knownFaq()}, the FAQ of Feishu's published example response, and {@link #secondFaq()}), and one
 * image of each (a multi-megabyte one under {@link #KNOWN_FAQ_ID} / {@link #IMAGE_KEY}, a small one under
 * {@link #SECOND_FAQ_ID} / {@link #SECOND_IMAGE_KEY}). The known FAQ's rich text holds every documented kind of
 * element.
 */
public final class ContractData {

  /** The id of the FAQ in Feishu's example response. */
  public static final FaqId KNOWN_FAQ_ID = FaqId.of("6936004780707807231");
  /** The id of the second FAQ. */
  public static final FaqId SECOND_FAQ_ID = FaqId.of("7036004780707807232");
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
  /** The key of the second FAQ's image. */
  public static final ImageKey SECOND_IMAGE_KEY = ImageKey.of("img_2c7a9e4d-5b1f-4e8a-9d3c-7f6b5a4e3d2c");
  /** The content type the second image is served with. */
  public static final String SECOND_IMAGE_CONTENT_TYPE = "image/jpeg";
  /** The second image's size. */
  public static final int SECOND_IMAGE_SIZE = 64 * 1024 + 5;

  private static final byte[] IMAGE = generateImage(IMAGE_SIZE, 20260101L);
  private static final String IMAGE_SHA_256 = sha256(IMAGE);
  private static final byte[] SECOND_IMAGE = generateImage(SECOND_IMAGE_SIZE, 20260202L);
  private static final String SECOND_IMAGE_SHA_256 = sha256(SECOND_IMAGE);

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
   * The second FAQ: different from {@link #knownFaq()} in every field it has, and without the fields a server may
   * leave out (content, type, expiry, categories, users). Its rich text shows its image, {@link #SECOND_IMAGE_KEY}.
   *
   * @return the second FAQ
   */
  public static Faq secondFaq() {
    return Faq.builder(SECOND_FAQ_ID)
        .legacyId("7036004780707807232")
        .helpdeskId(HelpdeskId.of("7036004780707807299"))
        .question("How do I reset my password?")
        .answer("Use the self-service portal.")
        .answerRichText(List.of(RichTextElement.text("Use the self-service portal:"),
            RichTextElement.image(SECOND_IMAGE_KEY)))
        .createTime(Instant.ofEpochSecond(1700000000L))
        .updateTime(Instant.ofEpochSecond(1700003600L))
        .tags(List.of("password", "login"))
        .build();
  }

  /**
   * Both FAQs, the known one first.
   *
   * @return the FAQs a repository under contract holds
   */
  public static List<Faq> faqs() {
    return List.of(knownFaq(), secondFaq());
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
   * The second image's bytes: deterministic, incompressible, {@link #SECOND_IMAGE_SIZE} long.
   *
   * @return a fresh copy of the bytes
   */
  public static byte[] secondImageBytes() {
    return SECOND_IMAGE.clone();
  }

  /**
   * The SHA-256 of the second image, in lower-case hex.
   *
   * @return the digest
   */
  public static String secondImageSha256() {
    return SECOND_IMAGE_SHA_256;
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

  private static byte[] generateImage(int size, long seed) {
    byte[] bytes = new byte[size];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }
}
