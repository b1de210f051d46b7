package dev.annota.money.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.money.Budget;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.Period;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Money", description = "Rates, tiers, the contract and pay ledgers, earnings and budgets (docs/workforce.md)")
class MoneyController {

    /** A rate as shown: amounts as plain decimal strings. */
    record RateView(UUID id, Ledger ledger, UUID vendorOrgId, UUID projectId, String taskType, String tier, RateBasis basis,
                    String amount, String currency, java.time.Instant setAt) {
        static RateView of(Rate r) {
            return new RateView(r.id(), r.ledger(), r.vendorOrgId(), r.projectId(), r.taskType(), r.tier(), r.basis(),
                    r.price().plain(), r.price().currency().getCurrencyCode(), r.setAt());
        }
    }

    record RateBody(UUID vendorOrgId, UUID projectId, @Size(max = 40) String taskType,
                    @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9 _.-]+") String tier, @NotNull RateBasis basis,
                    @NotBlank @Size(max = 25) String amount, @NotBlank @Size(max = 3) String currency) {
        Rates.RateRequest request() {
            return new Rates.RateRequest(vendorOrgId, projectId, taskType, tier, basis, Money.of(amount, currency));
        }
    }

    record TierBody(@Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9 _.-]+") String tier) {
    }

    record EntryBody(UUID vendorOrgId, UUID personId, UUID projectId, @NotBlank @Size(max = 25) String amount,
                     @NotBlank @Size(max = 3) String currency, @NotBlank @Size(max = 500) String reason) {
        Ledgers.Manual manual() {
            return new Ledgers.Manual(vendorOrgId, personId, projectId, Money.of(amount, currency), reason);
        }
    }

    record BudgetBody(@NotBlank @Size(max = 25) String amount, @NotBlank @Size(max = 3) String currency,
                      @Size(max = 10) List<Integer> thresholds) {
    }

    record BudgetView(UUID projectId, String amount, String currency, List<Integer> thresholds, int alertedPercent, String spent) {
        static BudgetView of(Budget b) {
            return new BudgetView(b.projectId(), b.amount().plain(), b.amount().currency().getCurrencyCode(), b.thresholds(),
                    b.alertedPercent(), b.spent().plain());
        }
    }

    private final Rates rates;
    private final Ledgers ledgers;
    private final Budgets budgets;
    private final Clock clock;

    MoneyController(Rates rates, Ledgers ledgers, Budgets budgets, Clock clock) {
        this.rates = rates;
        this.ledgers = ledgers;
        this.budgets = budgets;
        this.clock = clock;
    }

    @GetMapping("/api/v1/money/contract-rates")
    @Operation(operationId = "listContractRates", summary = "Contract rates: a lab's with every vendor, a vendor's with every lab it works for (admins and managers)")
    List<RateView> contractRates(CurrentUser caller) {
        return rates.contractRates(caller).stream().map(RateView::of).toList();
    }

    @PutMapping("/api/v1/money/contract-rates")
    @Operation(operationId = "setContractRate", summary = "Set the lab's contract rate with a vendor for a scope (project, task type, tier; left out: any), replacing the scope's rate")
    RateView setContractRate(CurrentUser caller, @Valid @RequestBody RateBody body) {
        return RateView.of(rates.setContractRate(caller, body.request()));
    }

    @DeleteMapping("/api/v1/money/contract-rates/{rateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeContractRate", summary = "Remove one of the lab's contract rates")
    void removeContractRate(CurrentUser caller, @PathVariable UUID rateId) {
        rates.removeRate(caller, Ledger.CONTRACT, rateId);
    }

    @GetMapping("/api/v1/money/pay-rates")
    @Operation(operationId = "listPayRates", summary = "The caller's organization's pay rates to its own annotators (admins and managers)")
    List<RateView> payRates(CurrentUser caller) {
        return rates.payRates(caller).stream().map(RateView::of).toList();
    }

    @PutMapping("/api/v1/money/pay-rates")
    @Operation(operationId = "setPayRate", summary = "Set a pay rate of the caller's organization for a scope (project, task type, tier; left out: any)")
    RateView setPayRate(CurrentUser caller, @Valid @RequestBody RateBody body) {
        return RateView.of(rates.setPayRate(caller, body.request()));
    }

    @DeleteMapping("/api/v1/money/pay-rates/{rateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removePayRate", summary = "Remove one of the organization's pay rates")
    void removePayRate(CurrentUser caller, @PathVariable UUID rateId) {
        rates.removeRate(caller, Ledger.PAY, rateId);
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

    @GetMapping("/api/v1/money/contract-ledger")
    @Operation(operationId = "getContractLedger", summary = "Contract ledger entries of a period (UTC days from..to, default this month) with totals per currency: a lab's with every vendor (annotators as pseudonyms), a vendor's with every lab")
    Ledgers.Statement contractLedger(CurrentUser caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ledgers.contract(caller, period(from, to));
    }

    @GetMapping(value = "/api/v1/money/contract-ledger.csv", produces = "text/csv")
    @Operation(operationId = "exportContractLedgerCsv", summary = "The contract ledger of a period as CSV (RFC 4180, amounts as plain decimals with a currency column)")
    ResponseEntity<byte[]> contractLedgerCsv(CurrentUser caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("contract-ledger", ledgers.contract(caller, period(from, to)));
    }

    @PostMapping("/api/v1/money/contract-ledger/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addContractAdjustment", summary = "Post an adjustment (positive or negative, with a reason) to the lab's contract ledger with a vendor")
    Ledgers.EntryView contractAdjustment(CurrentUser caller, @Valid @RequestBody EntryBody body) {
        return ledgers.contractEntry(caller, EntryKind.ADJUSTMENT, body.manual());
    }

    @PostMapping("/api/v1/money/contract-ledger/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addContractPayout", summary = "Record a payout from the lab to a vendor (positive amount, reason: the payment's reference)")
    Ledgers.EntryView contractPayout(CurrentUser caller, @Valid @RequestBody EntryBody body) {
        return ledgers.contractEntry(caller, EntryKind.PAYOUT, body.manual());
    }

    @GetMapping("/api/v1/money/pay-ledger")
    @Operation(operationId = "getPayLedger", summary = "The organization's pay ledger (what it owes its annotators) for a period, with totals per currency")
    Ledgers.Statement payLedger(CurrentUser caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ledgers.pay(caller, period(from, to));
    }

    @GetMapping(value = "/api/v1/money/pay-ledger.csv", produces = "text/csv")
    @Operation(operationId = "exportPayLedgerCsv", summary = "The pay ledger of a period as CSV (RFC 4180)")
    ResponseEntity<byte[]> payLedgerCsv(CurrentUser caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return csv("pay-ledger", ledgers.pay(caller, period(from, to)));
    }

    @PostMapping("/api/v1/money/pay-ledger/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addPayAdjustment", summary = "Post an adjustment (with a reason) to what the organization owes one of its annotators")
    Ledgers.EntryView payAdjustment(CurrentUser caller, @Valid @RequestBody EntryBody body) {
        return ledgers.payEntry(caller, EntryKind.ADJUSTMENT, body.manual());
    }

    @PostMapping("/api/v1/money/pay-ledger/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addPayPayout", summary = "Record a payout to one of the organization's annotators (positive amount, reason: the reference)")
    Ledgers.EntryView payPayout(CurrentUser caller, @Valid @RequestBody EntryBody body) {
        return ledgers.payEntry(caller, EntryKind.PAYOUT, body.manual());
    }

    @GetMapping("/api/v1/me/earnings")
    @Operation(operationId = "getMyEarnings", summary = "The caller's own pay entries of a period (what their organization owes them) with totals per currency")
    Ledgers.Statement earnings(CurrentUser caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ledgers.earnings(caller, period(from, to));
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

    private Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    private static ResponseEntity<byte[]> csv(String name, Ledgers.Statement s) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + s.period().from() + "-" + s.period().to() + ".csv\"")
                .body(Ledgers.csv(s).getBytes(StandardCharsets.UTF_8));
    }
}
