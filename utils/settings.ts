// Per-agent settings, kept by the background worker, and the shop profiles inside them: an agent serving
// several shops (or accounts) keeps 店铺名, 店铺常用信息 and the team subscription per shop, and the one in use
// follows the shop the workbench shows, or the agent's own choice.
import type { StandardsOverride } from './queue/standards';

export interface Settings {
  /** Fills {客服昵称}. */
  agentName: string;
  /** The default profile's {店铺名}. */
  shopName: string;
  /** Findings explained in plain words; a block-level finding holds back Enter / 发送 until confirmed. */
  traineeMode: boolean;
  /** Underline risky words while typing in the workbench. */
  inlineCheck: boolean;
  /** `/` + 快捷编码 then Space or Tab in the workbench's reply box becomes the phrase, with a list of matches while typing (on unless false; settings stored before it existed are on). */
  codeExpansion?: boolean;
  /** The default profile's shop placeholder values, e.g. { 发货时间: '付款后48小时内' }, filled into every phrase. */
  placeholders: Record<string, string>;
  /** The agent's own service thresholds and reminder switches (a team pack's thresholds win). */
  service?: StandardsOverride;
  /**
   * Shops besides the default one. The default profile is the fields above and the team subscription made
   * before profiles existed, so settings stored by an earlier version are that profile, unchanged.
   */
  profiles?: ShopProfile[];
  /** 'auto': the profile whose shop the workbench shows (else the default); a profile id: chosen by hand. */
  profileChoice?: string;
}

export interface ShopProfile {
  id: string;
  /** What the agent calls it; the panel names the active profile by it. */
  name: string;
  /** Shop or account names as the workbench shows them; a page showing one of these (or a name containing it) chooses this profile. */
  match: string[];
  /** Fills {店铺名}. */
  shopName: string;
  placeholders: Record<string, string>;
  /** The team library: the default profile's subscription, or one of this profile's own. */
  team: 'default' | 'own';
}

export const DEFAULT_PROFILE_ID = 'default';
export const AUTO_PROFILE = 'auto';

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  shopName: '',
  traineeMode: false,
  inlineCheck: true,
  codeExpansion: true,
  placeholders: {},
  service: {},
  profiles: [],
  profileChoice: AUTO_PROFILE,
};

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The profile in use, with why: the page's shop name, the agent's choice, or the default. */
export interface ActiveProfile {
  id: string;
  name: string;
  shopName: string;
  placeholders: Record<string, string>;
  /** Which team subscription applies: 'default' or the profile's id. */
  teamSlot: string;
  chosenBy: 'page' | 'hand' | 'default';
}

const DEFAULT_PROFILE_NAME = '默认';

function normalizeShop(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

function asActive(settings: Settings, profile: ShopProfile | undefined, chosenBy: ActiveProfile['chosenBy']): ActiveProfile {
  if (!profile) {
    return { id: DEFAULT_PROFILE_ID, name: DEFAULT_PROFILE_NAME, shopName: settings.shopName, placeholders: settings.placeholders, teamSlot: DEFAULT_PROFILE_ID, chosenBy };
  }
  return {
    id: profile.id,
    name: profile.name || profile.shopName || DEFAULT_PROFILE_NAME,
    shopName: profile.shopName,
    placeholders: profile.placeholders,
    teamSlot: profile.team === 'own' ? profile.id : DEFAULT_PROFILE_ID,
    chosenBy,
  };
}

/**
 * The profile for a page showing `pageShop`. A choice by hand wins; otherwise the profile with a match the
 * page's shop name equals or contains (the longest such match, so 「小满家居旗舰店」 beats 「小满」), else the default.
 */
export function activeProfile(settings: Settings, pageShop?: string): ActiveProfile {
  if (settings.profileChoice === DEFAULT_PROFILE_ID) return asActive(settings, undefined, 'hand');
  const profiles = settings.profiles ?? [];
  const chosen = profiles.find((profile) => profile.id === settings.profileChoice);
  if (chosen) return asActive(settings, chosen, 'hand');
  const shop = pageShop ? normalizeShop(pageShop) : '';
  let best: { profile: ShopProfile; length: number } | undefined;
  if (shop) {
    for (const profile of profiles) {
      for (const match of profile.match) {
        const wanted = normalizeShop(match);
        if (wanted && shop.includes(wanted) && wanted.length > (best?.length ?? 0)) best = { profile, length: wanted.length };
      }
    }
  }
  return best ? asActive(settings, best.profile, 'page') : asActive(settings, undefined, 'default');
}

/** The settings as a page of that shop uses them: its 店铺名 and 店铺常用信息 in place of the default's. */
export function settingsForProfile(settings: Settings, profile: ActiveProfile): Settings {
  return { ...settings, shopName: profile.shopName, placeholders: profile.placeholders };
}

/** A new profile's id: time first, then randomness so two pages never make the same one. */
export function newProfileId(now: number, random: () => number = Math.random): string {
  return `shop-${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** The team slots settings refer to: the default's and every profile with its own subscription. */
export function teamSlots(settings: Settings): string[] {
  return [DEFAULT_PROFILE_ID, ...(settings.profiles ?? []).filter((profile) => profile.team === 'own').map((profile) => profile.id)];
}

/** The fields a profile editor shows, for the default profile or a named one. */
export function profileFields(settings: Settings, id: string): Pick<ShopProfile, 'shopName' | 'placeholders'> & Partial<ShopProfile> {
  if (id === DEFAULT_PROFILE_ID) return { shopName: settings.shopName, placeholders: settings.placeholders };
  return (settings.profiles ?? []).find((profile) => profile.id === id) ?? { shopName: '', placeholders: {} };
}

/** The settings with one profile's fields changed (the default profile's live at the top level). */
export function withProfileFields(settings: Settings, id: string, patch: Partial<ShopProfile>): Settings {
  if (id === DEFAULT_PROFILE_ID) {
    const { shopName = settings.shopName, placeholders = settings.placeholders } = patch;
    return { ...settings, shopName, placeholders };
  }
  return { ...settings, profiles: (settings.profiles ?? []).map((profile) => (profile.id === id ? { ...profile, ...patch } : profile)) };
}
