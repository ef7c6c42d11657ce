package dev.precis.server;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory whose disk can be made "full": while {@link #full} is set, creating a file
 * fails as a full disk does, with the operating system's words.
 */
final class FullDiskDirectory extends FilterDirectory {
  volatile boolean full;

  FullDiskDirectory(Directory in) {
    super(in);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    failIfFull(name);
    return super.createOutput(name, context);
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    failIfFull(prefix);
    return super.createTempOutput(prefix, suffix, context);
  }

  private void failIfFull(String name) throws IOException {
    if (full) {
      throw new java.nio.file.FileSystemException(name, null, "No space left on device");
    }
  }
}
