package dev.annota.money.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.money.Budget;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Period;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import dev.annota.work.DaysAsked;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Money", description = "Rates, tiers, the contract and pay ledgers, earnings and budgets (docs/workforce.md)")
record MoneyController(Rates rates, Ledgers ledgers, Budgets budgets, Clock clock) {

    /** The two ledgers share their endpoints: /api/v1/money/contract-ledger… and /api/v1/money/pay-ledger…, likewise the rates. */
    private static final String LEDGER = "/api/v1/money/{ledger:contract|pay}-ledger";
    private static final String RATES = "/api/v1/money/{ledger:contract|pay}-rates";
    private static final String LEDGER_NAME = "contract (a lab's with its vendors) or pay (an organization's with its annotators)";

    /** A rate as shown: amounts as plain decimal strings. */
    record RateView(UUID id, Ledger ledger, UUID vendorOrgId, UUID projectId, String taskType, String tier, RateBasis basis,
                    String amount, String currency, java.time.Instant setAt) {
        static RateView of(Rate r) {
            return new RateView(r.id(), r.ledger(), r.vendorOrgId(), r.projectId(), r.taskType(), r.tier(), r.basis(),
                    r.price().plain(), r.price().currency().getCurrencyCode(), r.setAt());
        }
    }

    record RateBody(
            @Schema(description = "Contract rates: the workforce organization (vendor) the lab pays, required there; "
                    + "ignored for pay rates") UUID vendorOrgId,
            @Schema(description = "The project the rate applies to; left out: every project") UUID projectId,
            @Schema(description = "The task type the rate applies to, e.g. text-classification; left out: every task type")
            @Size(max = 40) String taskType,
            @Schema(description = "The expertise tier the rate applies to (see PUT /api/v1/money/tiers/{userId}): letters, "
                    + "digits, space, _ . -; left out: every tier")
            @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9 _.-]+") String tier,
            @Schema(requiredMode = REQUIRED, description = "What is paid for: TASK (each submitted task), ACCEPTED_TASK "
                    + "(each task accepted in review) or ACTIVE_HOUR (each hour of active time)") @NotNull RateBasis basis,
            @Schema(requiredMode = REQUIRED, description = "The price per unit of the basis, not negative: decimal text with "
                    + "a dot and at most 4 decimals, e.g. 0.0125 or 12.50") @NotBlank @Size(max = 25) String amount,
            @Schema(requiredMode = REQUIRED, description = "ISO 4217 currency code in capitals, e.g. EUR or USD")
            @NotBlank @Size(max = 3) String currency) {
        Rates.RateRequest request() {
            return new Rates.RateRequest(vendorOrgId, projectId, taskType, tier, basis, Money.of(amount, currency));
        }
    }

    record TierBody(
            @Schema(description = "The annotator's expertise tier, a name of your choosing that rates can be scoped to "
                    + "(e.g. senior): letters, digits, space, _ . -; left out or null removes the annotator's tier")
            @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9 _.-]+") String tier) {
    }

    record EntryBody(
            @Schema(description = "Contract ledger: the workforce organization (vendor) the entry is with, required there; "
                    + "ignored on the pay ledger") UUID vendorOrgId,
            @Schema(description = "Pay ledger: the user id of the organization's own annotator the entry is with, required "
                    + "there; ignored on the contract ledger") UUID personId,
            @Schema(description = "The project the entry is booked to, optional") UUID projectId,
            @Schema(requiredMode = REQUIRED, description = "Decimal text with a dot, in whole minor units of the currency "
                    + "(e.g. 12.50 EUR, 100 JPY). An adjustment may be negative; a payout is positive and is booked as a "
                    + "negative entry") @NotBlank @Size(max = 25) String amount,
            @Schema(requiredMode = REQUIRED, description = "ISO 4217 currency code in capitals, e.g. EUR or USD")
            @NotBlank @Size(max = 3) String currency,
            @Schema(requiredMode = REQUIRED, description = "Why the adjustment is made, or the payment's reference for a "
                    + "payout; up to 500 characters, shown in the ledger and its CSV") @NotBlank @Size(max = 500) String reason) {
        Ledgers.Manual manual() {
            return new Ledgers.Manual(vendorOrgId, personId, projectId, Money.of(amount, currency), reason);
        }
    }

    record BudgetBody(
            @Schema(requiredMode = REQUIRED, description = "The budget, not negative: decimal text with a dot and at most "
                    + "4 decimals, e.g. 5000.00; no task is served past it")
            @NotBlank @Size(max = 25) String amount,
            @Schema(requiredMode = REQUIRED, description = "ISO 4217 currency code in capitals, e.g. EUR or USD")
            @NotBlank @Size(max = 3) String currency,
            @Schema(description = "Alert thresholds in percent of the budget, each 1 to 1000, up to 10 (duplicates are "
                    + "dropped); left out: 50, 80, 100") @Size(max = 10) List<Integer> thresholds) {
    }

    record BudgetView(UUID projectId, String amount, String currency, List<Integer> thresholds, int alertedPercent, String spent) {
        static BudgetView of(Budget b) {
            return new BudgetView(b.projectId(), b.amount().plain(), b.amount().currency().getCurrencyCode(), b.thresholds(),
                    b.alertedPercent(), b.spent().plain());
        }
    }

    @GetMapping(RATES)
    @Operation(operationId = "listLedgerRates", summary = "A ledger's rates (admins and managers). contract: a lab's with every vendor, a vendor's with "
            + "every lab it works for; pay: the caller's organization's pay rates to its own annotators")
    List<RateView> rates(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger) {
        return rates.of(caller, ledger(ledger)).stream().map(RateView::of).toList();
    }

    @PutMapping(RATES)
    @Operation(operationId = "setLedgerRate", summary = "Set a rate for a scope (project, task type, tier; left out: any), replacing the scope's rate: "
            + "the lab's contract rate with a vendor (vendorOrgId), or a pay rate of the caller's organization")
    RateView setRate(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                     @Valid @RequestBody RateBody body) {
        return RateView.of(rates.set(caller, ledger(ledger), body.request()));
    }

    @DeleteMapping(RATES + "/{rateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeLedgerRate", summary = "Remove one of the lab's contract rates, or of the organization's pay rates")
    void removeRate(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                    @PathVariable UUID rateId) {
        rates.removeRate(caller, ledger(ledger), rateId);
    }

    @GetMapping("/api/v1/money/tiers")
    @Operation(operationId = "listPayTiers", summary = "The expertise tiers of the organization's annotators, by user id (admins and managers)")
    Map<UUID, String> tiers(CurrentUser caller) {
        return rates.tiers(caller);
    }

    @PutMapping("/api/v1/money/tiers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "setPayTier", summary = "Set (or with no tier, remove) the expertise tier of one of the organization's annotators; 404 for anyone else's")
    void setTier(CurrentUser caller, @PathVariable UUID userId, @Valid @RequestBody TierBody body) {
        rates.setTier(caller, userId, body.tier());
    }

    @GetMapping(LEDGER)
    @Operation(operationId = "getLedger", summary = "A ledger's entries of a period with totals per currency. contract: what a lab owes its vendors "
            + "(a lab's with every vendor, annotators as pseudonyms; a vendor's with every lab); pay: what the caller's "
            + "organization owes its own annotators (admins and managers)")
    Ledgers.Statement ledger(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                             @ParameterObject DaysAsked days) {
        return ledgers.of(caller, ledger(ledger), period(days));
    }

    @GetMapping(value = LEDGER + ".csv", produces = "text/csv")
    @Operation(operationId = "exportLedgerCsv", summary = "A ledger of a period as CSV (RFC 4180, amounts as plain decimals with a currency column)")
    ResponseEntity<byte[]> ledgerCsv(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                                     @ParameterObject DaysAsked days) {
        return csv(ledger + "-ledger", ledgers.of(caller, ledger(ledger), period(days)));
    }

    @PostMapping(LEDGER + "/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLedgerAdjustment", summary = "Post an adjustment (positive or negative, with a reason): to the lab's contract ledger with a "
            + "vendor (vendorOrgId), or to what the organization owes one of its annotators (personId)")
    Ledgers.EntryView adjustment(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                                 @Valid @RequestBody EntryBody body) {
        return ledgers.post(caller, ledger(ledger), EntryKind.ADJUSTMENT, body.manual());
    }

    @PostMapping(LEDGER + "/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addLedgerPayout", summary = "Record a payout (positive amount, reason: the payment's reference): from the lab to a vendor "
            + "(contract), or to one of the organization's annotators (pay)")
    Ledgers.EntryView payout(CurrentUser caller, @Parameter(description = LEDGER_NAME) @PathVariable String ledger,
                             @Valid @RequestBody EntryBody body) {
        return ledgers.post(caller, ledger(ledger), EntryKind.PAYOUT, body.manual());
    }

    @GetMapping("/api/v1/me/earnings")
    @Operation(operationId = "getMyEarnings", summary = "The caller's own pay entries of a period (what their organization owes them) with totals per currency")
    Ledgers.Statement earnings(CurrentUser caller, @ParameterObject DaysAsked days) {
        return ledgers.earnings(caller, period(days));
    }

    @GetMapping("/api/v1/projects/{projectId}/budget")
    @Operation(operationId = "getBudget", summary = "The project's budget with its costs so far (the owner's admins and managers); 404 when it has none")
    BudgetView budget(CurrentUser caller, @PathVariable UUID projectId) {
        return budgets.of(caller, projectId).map(BudgetView::of).orElseThrow(() -> new NotFound("This project has no budget."));
    }

    @PutMapping("/api/v1/projects/{projectId}/budget")
    @Operation(operationId = "setBudget", summary = "Set the project's budget: amount, currency, alert thresholds in percent (default 50, 80, 100); no claim is served past it")
    BudgetView setBudget(CurrentUser caller, @PathVariable UUID projectId, @Valid @RequestBody BudgetBody body) {
        return BudgetView.of(budgets.set(caller, projectId, Money.of(body.amount(), body.currency()), body.thresholds()));
    }

    private Period period(DaysAsked days) {
        return Period.of(days, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    private static Ledger ledger(String name) {
        return Ledger.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static ResponseEntity<byte[]> csv(String name, Ledgers.Statement s) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + s.period().from() + "-" + s.period().to() + ".csv\"")
                .body(Ledgers.csv(s).getBytes(StandardCharsets.UTF_8));
    }
}
