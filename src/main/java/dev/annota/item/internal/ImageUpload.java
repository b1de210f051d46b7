package dev.annota.item.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.failure.Invalid.Kind;
import dev.annota.item.Image;
import dev.annota.item.ImageRejected;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Stores one uploaded image: read whole (up to the size limit, so a file over it is refused after at most that many
 * bytes), recognized by its first bytes, measured from its header, sealed under the tenant's keyset, inserted.
 */
@Component
public class ImageUpload {

    static final int MAX_NAME = 200;

    private final TenantScope tenants;
    private final ImageStore store;
    private final ItemPayloads payloads;
    private final Clock clock;
    private final long maxBytes;
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    ImageUpload(TenantScope tenants, ImageStore store, ItemPayloads payloads, Clock clock,
                @Value("${annota.images.max-bytes:20MB}") DataSize maxBytes) {
        this.tenants = tenants;
        this.store = store;
        this.payloads = payloads;
        this.clock = clock;
        this.maxBytes = maxBytes.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Image run(ProjectAccess access, String name, InputStream in) {
        Projects.requireManage(access);
        Project project = access.project();
        if (project.taskType() != TaskType.IMAGE_BOXES) {
            // Refused before a byte is read: an image no item of this project can show would only take space.
            throw new ImageRejected(Kind.RULE_BROKEN, "file", "This project's task type ("
                    + project.taskType().id() + ") shows no images; upload images to an image-boxes project.");
        }
        byte[] bytes = readUpTo(in);
        ImageFormat format = ImageFormat.sniff(bytes, bytes.length).orElseThrow(() -> new ImageRejected(
                Kind.UNSUPPORTED_FORMAT, "file", "The file is not a PNG, JPEG or WebP image (" + describe(bytes)
                        + "). Only these three formats are accepted; they are recognized by their content, not their name."));
        PixelSize size = PixelSize.of(format, bytes).orElseThrow(() -> new ImageRejected(Kind.RULE_BROKEN,
                "file", "The file starts like a " + format + " image but its header cannot be read: it is damaged or truncated."));
        if (!size.fits()) {
            throw new ImageRejected(Kind.RULE_BROKEN, "file", "The image is " + size.width() + " × "
                    + size.height() + " pixels; each side must be from 1 to " + PixelSize.MAX_SIDE + ".");
        }
        UUID id = IDS.generate();
        var image = new Image(id, project.id(), cleanName(name, id, format), format.mediaType(), size.width(), size.height(),
                bytes.length, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        String sealedContent = payloads.sealImage(project.tenantId(), id, bytes);
        String sealedName = payloads.sealImageName(project.tenantId(), id, image.name());
        tenants.write(project.tenantId(), () -> store.insert(project.tenantId(), image, sealedName, sealedContent,
                access.caller().id()));
        return image;
    }

    private byte[] readUpTo(InputStream in) {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > maxBytes) {
                    throw new ImageRejected(Kind.TOO_LARGE, "file", "The image is larger than the limit of "
                            + maxBytes + " bytes (" + DataSize.ofBytes(maxBytes).toMegabytes()
                            + " MB; ANNOTA_IMAGE_MAX_BYTES). Nothing was stored.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw new ImageRejected(Kind.RULE_BROKEN, "file", "The request carried no bytes: send the image "
                    + "file as the request body.");
        }
        return out.toByteArray();
    }

    /** A name for lists and exports: the client's, without path or control characters, or one made from the id. */
    static String cleanName(String given, UUID id, ImageFormat format) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return id + "." + format.name().toLowerCase().replace("jpeg", "jpg");
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** What a refused file looks like, for the error: a GIF says so; anything else by its first bytes in hex. */
    private static String describe(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8') {
            return "it is a GIF";
        }
        var hex = new StringBuilder();
        for (int i = 0; i < Math.min(ImageFormat.MAGIC_BYTES, bytes.length); i++) {
            hex.append(String.format("%02x", bytes[i] & 0xff));
        }
        return "its first bytes are " + hex;
    }
}
