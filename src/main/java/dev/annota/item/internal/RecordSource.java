package dev.annota.item.internal;

import java.io.InputStream;

/**
 * An import file in one of the accepted formats, read as a stream of item records in file order. A source throws
 * {@link dev.annota.item.ImportRejected} at the first record it cannot turn into an item, naming its line.
 */
interface RecordSource {

    /** Feeds every record to the sink; answers how many there were. */
    long read(InputStream in, ImportReader.Sink sink);
}
