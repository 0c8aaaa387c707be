package io.partybranch.members.domain;

/** How a member handed over their dues. */
public enum PaymentMethod {
    CASH("现金"), BANK_TRANSFER("银行转账"), WECHAT("微信"), ALIPAY("支付宝"), PAYROLL("工资代扣"), OTHER("其他");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PaymentMethod byLabel(String label) {
        for (PaymentMethod method : values()) {
            if (method.label.equals(label) || method.name().equals(label)) {
                return method;
            }
        }
        return null;
    }
}
