package dev.annota.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Ratings of a multi-turn chat (the item's {@code messages}): per turn a score on {@code turn_scale} and flags from
 * {@code flags}, for the turns whose role is in {@code roles} (default: assistant), plus an {@code overall} score.
 * Answer: {@code {"turns": [{"index": 1, "rating": 4, "flags": ["factual_error"], "note": "..."}], "overall": 3}};
 * {@code index} is the 0-based position in {@code messages}.
 */
public record ConversationRating(String name, String title, boolean required, LabelSchema.Condition when,
                                 List<String> roles, Scale turnScale, List<String> flags, Scale overall,
                                 boolean rateEveryTurn) implements LabelSchema.Question {

    static ConversationRating parse(JsonNode q, String at, String name, String title, boolean required,
                                    LabelSchema.Condition when, SchemaReader reader) {
        reader.onlyKnown(q, at, Choice.concat(List.of("roles", "turn_scale", "flags", "overall_scale", "rate_every_turn")));
        List<String> roles = reader.strings(q, "roles", at, 1, false);
        Scale turnScale = reader.scale(q, "turn_scale", at, false);
        List<String> flags = reader.strings(q, "flags", at, 1, false);
        Scale overall = reader.scale(q, "overall_scale", at, false);
        if (turnScale == null && flags.isEmpty() && overall == null && reader.violations.isEmpty()) {
            reader.add(at, "give at least one of turn_scale, flags, overall_scale");
        }
        return new ConversationRating(name, title, required, when, roles.isEmpty() ? List.of("assistant") : roles, turnScale,
                flags, overall, reader.bool(q, "rate_every_turn", at, turnScale != null));
    }

    @Override
    public String type() {
        return "conversation_rating";
    }

    @Override
    public void check(JsonNode value, JsonNode data, String field, LabelSchema.Mode mode, List<Violation> violations) {
        JsonNode messages = data.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            violations.add(new Violation(field, "the item has no list of messages to rate"));
            return;
        }
        if (!LabelSchema.objectOf(value, field, "{\"turns\": [...], \"overall\": n}", List.of("turns", "overall"), violations)) {
            return;
        }
        JsonNode turns = value.get("turns");
        Set<Integer> rated = new HashSet<>();
        if (turns == null || !turns.isArray()) {
            violations.add(new Violation(field + ".turns", "must be a list of {\"index\", \"rating\", \"flags\"} (may be empty)"));
        } else {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < turns.size(); i++) {
                JsonNode turn = turns.get(i);
                String at = field + ".turns[" + i + "]";
                if (!turn.isObject()) {
                    violations.add(new Violation(at, "must be {\"index\", \"rating\", \"flags\"}"));
                    continue;
                }
                LabelSchema.onlyKnown(turn, at, List.of("index", "rating", "flags", "note"), violations);
                JsonNode index = turn.get("index");
                if (index == null || !index.isIntegralNumber() || !index.canConvertToInt() || index.intValue() < 0
                        || index.intValue() >= messages.size()) {
                    violations.add(new Violation(at + ".index", "must be a message position 0.." + (messages.size() - 1)));
                } else if (!roles.contains(messages.get(index.intValue()).path("role").asString(""))) {
                    violations.add(new Violation(at + ".index", "message " + index.intValue() + " is not a turn of "
                            + roles + "; only those are rated"));
                } else if (!seen.add(index.intValue())) {
                    violations.add(new Violation(at + ".index", "turn " + index.intValue() + " is rated twice"));
                } else if (turn.has("rating") && !turn.get("rating").isNull()) {
                    rated.add(index.intValue());
                }
                JsonNode rating = turn.get("rating");
                if (rating != null && !rating.isNull()) {
                    if (turnScale == null) {
                        violations.add(new Violation(at + ".rating", "this schema rates no single turns"));
                    } else {
                        turnScale.check(rating, at + ".rating", violations);
                    }
                }
                JsonNode chosen = turn.get("flags");
                if (chosen != null && !chosen.isNull()) {
                    if (!chosen.isArray()) {
                        violations.add(new Violation(at + ".flags", "must be a list of flags from " + flags));
                    } else {
                        Set<String> distinct = new HashSet<>();
                        for (int f = 0; f < chosen.size(); f++) {
                            JsonNode flag = chosen.get(f);
                            if (!flag.isString() || !flags.contains(flag.stringValue())) {
                                violations.add(new Violation(at + ".flags[" + f + "]", "is not one of " + flags));
                            } else if (!distinct.add(flag.stringValue())) {
                                violations.add(new Violation(at + ".flags[" + f + "]", "is given twice"));
                            }
                        }
                    }
                }
                JsonNode note = turn.get("note");
                if (note != null && !note.isNull()) {
                    LabelSchema.checkText(note, at + ".note", false, 0, 2000, violations);
                }
            }
            if (rateEveryTurn && turnScale != null && mode == LabelSchema.Mode.ANSWER) {
                for (int m = 0; m < messages.size(); m++) {
                    if (roles.contains(messages.get(m).path("role").asString("")) && !rated.contains(m)) {
                        violations.add(new Violation(field + ".turns", "rate every " + roles + " turn; message " + m
                                + " has no rating"));
                        break;
                    }
                }
            }
        }
        JsonNode overallValue = value.get("overall");
        if (overall == null) {
            if (overallValue != null && !overallValue.isNull()) {
                violations.add(new Violation(field + ".overall", "this schema asks for no overall rating"));
            }
        } else if (overallValue == null || overallValue.isNull()) {
            if (mode == LabelSchema.Mode.ANSWER) {
                violations.add(new Violation(field + ".overall", "is required"));
            }
        } else {
            overall.check(overallValue, field + ".overall", violations);
        }
    }
}
