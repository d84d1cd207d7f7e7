// Per-agent settings, kept by the background worker.
import type { StandardsOverride } from './queue/standards';

export interface Settings {
  /** Fills {客服昵称}. */
  agentName: string;
  /** Fills {店铺名}. */
  shopName: string;
  /** Findings explained in plain words; a block-level finding holds back Enter / 发送 until confirmed. */
  traineeMode: boolean;
  /** Underline risky words while typing in the workbench. */
  inlineCheck: boolean;
  /** The shop's own placeholder values, e.g. { 发货时间: '付款后48小时内' }, filled into every phrase. */
  placeholders: Record<string, string>;
  /** The agent's own service thresholds and reminder switches (a team pack's thresholds win). */
  service?: StandardsOverride;
}

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  shopName: '',
  traineeMode: false,
  inlineCheck: true,
  placeholders: {},
  service: {},
};

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}
