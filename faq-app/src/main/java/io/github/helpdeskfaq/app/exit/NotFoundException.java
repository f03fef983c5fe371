package io.github.helpdeskfaq.app.exit;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;

/** The FAQ, image or category asked for does not exist (the repository answered {@code Optional.empty()}). Exit 3. */
public final class NotFoundException extends AppException {

  private static final long serialVersionUID = 1L;

  private NotFoundException(String message) {
    super(message, null);
  }

  /** The FAQ does not exist. */
  public static NotFoundException faq(FaqId faqId) {
    return new NotFoundException("not found: FAQ " + faqId);
  }

  /** The FAQ has no such image. */
  public static NotFoundException image(FaqId faqId, ImageKey imageKey) {
    return new NotFoundException("not found: image " + imageKey + " of FAQ " + faqId);
  }

  /** The category is not in the tree. */
  public static NotFoundException category(CategoryId categoryId) {
    return new NotFoundException("not found: category " + categoryId);
  }

  @Override
  int exitCode() {
    return ExitCode.NOT_FOUND;
  }
}
