package dev.annota.annotation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A JSON value already encoded as UTF-8 (an opened payload or answer: they are sealed as the JSON's UTF-8 bytes), for
 * {@link tools.jackson.core.JsonGenerator#writeRawValue(SerializableString)}: the byte-writing generator copies the
 * bytes into its buffer as they are, where {@code writeRawValue(String)} would encode a string made of them back to
 * UTF-8 a character at a time (a tenth of an export's time). Only the unquoted UTF-8 forms are what a raw write asks
 * for; the other forms go through a string.
 */
record RawUtf8(byte[] utf8) implements SerializableString {

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    private SerializedString string() {
        return new SerializedString(getValue());
    }

    @Override
    public char[] asQuotedChars() {
        return string().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return string().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return string().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return string().appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return string().appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return string().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return string().putQuotedUTF8(buffer);
    }
}
