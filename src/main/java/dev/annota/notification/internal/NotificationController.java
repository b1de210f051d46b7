package dev.annota.notification.internal;

import java.util.Map;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications")
record NotificationController(Notifications notifications) {

    @GetMapping
    @Operation(operationId = "listMyNotifications", summary = "The caller's notifications, newest first, with the count of unread ones; next: the 'before' of the next page")
    Notifications.Page list(CurrentUser caller, @RequestParam(required = false) UUID before,
                            @RequestParam(defaultValue = "50") int limit) {
        return notifications.page(caller, before, limit);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read (404 for any id that is not one of the caller's)")
    void read(CurrentUser caller, @Parameter(description = "The notification's id") @PathVariable UUID id) {
        notifications.markRead(caller, id);
    }

    @PostMapping("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all the caller's notifications read; marked: how many were unread")
    Map<String, Integer> readAll(CurrentUser caller) {
        return Map.of("marked", notifications.markAllRead(caller));
    }
}
