package dev.annota.testing;

class PromtoolCondition extends RequiredTool {

    PromtoolCondition() {
        super("promtool", "Prometheus (promtool)", Promtool::unavailableBecause, "promtool is installed",
                ". Install it with: apt-get install -y prometheus");
    }
}
