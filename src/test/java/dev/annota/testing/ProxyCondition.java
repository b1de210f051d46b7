package dev.annota.testing;

class ProxyCondition extends RequiredTool {

    ProxyCondition() {
        super("proxy", "Reverse-proxy", Nginx::unavailableBecause, "nginx and openssl are installed",
                ". Install it with: apt-get install -y nginx-light openssl");
    }
}
