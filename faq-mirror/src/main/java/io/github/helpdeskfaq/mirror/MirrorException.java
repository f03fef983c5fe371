package io.github.helpdeskfaq.mirror;

/**
 * A failure that the mirror detected itself, rather than one of the helpdesk (a
 * {@link io.github.helpdeskfaq.domain.port.FaqRepositoryException}): a folder or file it may not use
 * ({@link MirrorFolderException}), a file it could not write, read or remove ({@link MirrorFileException}), a
 * category it was asked for that the helpdesk does not have ({@link CategoryNotFoundException}). Each carries its data;
 * its message is for people and logs, never to be parsed, and never names a temporary file.
 */
public abstract class MirrorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MirrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
