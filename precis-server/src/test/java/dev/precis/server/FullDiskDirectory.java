package dev.precis.server;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory whose disk can be made "full": while {@link #full} is set, creating a file
 * and writing to one already open (a flush, a background merge) fail as a full disk does, with
 * the operating system's words.
 */
final class FullDiskDirectory extends FilterDirectory {
  volatile boolean full;

  FullDiskDirectory(Directory in) {
    super(in);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    failIfFull(name);
    return new Output(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    failIfFull(prefix);
    return new Output(super.createTempOutput(prefix, suffix, context));
  }

  private void failIfFull(String name) throws IOException {
    if (full) {
      throw new java.nio.file.FileSystemException(name, null, "No space left on device");
    }
  }

  /** A file being written, which runs out of space mid-way when the disk fills. */
  private final class Output extends IndexOutput {
    private final IndexOutput out;

    Output(IndexOutput out) {
      // Lucene deletes temporary files by this name: it must be the real one
      super("full-disk(" + out + ")", out.getName());
      this.out = out;
    }

    @Override
    public void writeByte(byte b) throws IOException {
      failIfFull(getName());
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      failIfFull(getName());
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
