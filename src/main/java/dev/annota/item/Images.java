package dev.annota.item;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.failure.NotFound;
import dev.annota.item.internal.ImageStore;
import dev.annota.item.internal.ImageUpload;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Service;

/**
 * Images uploaded to a project. Managers upload and list them; their bytes are a payload: shown only to the
 * annotator leasing an item that shows the image and to the owner's admins, managers and reviewers, each showing
 * recorded through {@link PayloadViews}. Anyone else is told the image does not exist.
 */
@Service
public record Images(ImageUpload upload, ImageStore store, PayloadViews views, TenantScope tenants, Clock clock) {

    public static final int MAX_PAGE = 500;

    /** Stores the image read from {@code in}; throws {@link ImageRejected} for a file that is not one. */
    public Image upload(ProjectAccess access, String name, InputStream in) {
        return upload.run(access, name, in);
    }

    /** The largest image accepted, in bytes ({@code annota.images.max-bytes}). */
    public long maxBytes() {
        return upload.maxBytes();
    }

    /** The project's images in upload order, {@code limit} after {@code after} (keyset paging). */
    public List<Image> page(ProjectAccess access, UUID after, int limit) {
        Projects.requireManage(access);
        var p = access.project();
        return tenants.read(p.tenantId(), () -> store.page(p.tenantId(), p.id(), after, Math.clamp(limit, 1, MAX_PAGE)));
    }

    /** The image's description, for the owner's staff. */
    public Image describe(ProjectAccess access, UUID imageId) {
        if (!access.ownerStaff()) {
            throw noImage();
        }
        var p = access.project();
        return tenants.read(p.tenantId(), () -> store.find(p.tenantId(), p.id(), imageId)).orElseThrow(Images::noImage).image();
    }

    /** The image's bytes for the caller, if they may see them; the showing is recorded in the access log. */
    public ImageContent show(ProjectAccess access, UUID imageId) {
        var p = access.project();
        var caller = access.caller();
        return tenants.read(p.tenantId(), () -> {
            var stored = store.find(p.tenantId(), p.id(), imageId).orElseThrow(Images::noImage);
            UUID item = null;
            UUID assignment = null;
            if (!access.ownerStaff()) {
                var lease = access.work()
                        ? store.leaseShowing(p.tenantId(), p.id(), imageId, caller.id(), Instant.now(clock)).orElseThrow(Images::noImage)
                        : null;
                if (lease == null) {
                    throw noImage();
                }
                item = lease[0];
                assignment = lease[1];
            }
            byte[] bytes = views.showImage(caller, p.tenantId(), p.id(), imageId, item, assignment, stored.content());
            return new ImageContent(stored.image().mediaType(), bytes);
        });
    }

    private static NotFound noImage() {
        return new NotFound("No image with that id in this project.");
    }
}
