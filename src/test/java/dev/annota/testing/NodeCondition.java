package dev.annota.testing;

import java.util.concurrent.TimeUnit;

class NodeCondition extends RequiredTool {

    NodeCondition() {
        super("node", "Node.js", NodeCondition::unavailableBecause, "node and npm are installed",
                ". Install them with: apt-get install -y nodejs npm");
    }

    /** Null when both {@code node} and {@code npm} answer {@code --version}; otherwise what is missing. */
    static String unavailableBecause() {
        for (String tool : new String[] {"node", "npm"}) {
            try {
                Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return tool + " --version failed";
                }
            } catch (java.io.IOException e) {
                return tool + " is not installed";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return null;
    }
}
