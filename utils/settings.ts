// Per-agent settings, kept by the background worker.

export interface Settings {
  /** Fills {客服昵称}. */
  agentName: string;
  /** Fills {店铺名}. */
  shopName: string;
  /** Findings explained in plain words; a block-level finding holds back Enter / 发送 until confirmed. */
  traineeMode: boolean;
  /** Underline risky words while typing in the workbench. */
  inlineCheck: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  shopName: '',
  traineeMode: false,
  inlineCheck: true,
};

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}
