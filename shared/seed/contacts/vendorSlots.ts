// Empty, typed vendor / third-party slots for the IR plan contact book, from reference.md §4.5.
import type { Contact, ContactCategory } from '../../domain/contact';
import { seed } from './build';

const slot = (category: ContactCategory, en: string, ja: string, sources: string[], notes = ''): Contact =>
  seed({ id: `v-${category}`, category, country: null, en: `(your ${en})`, ja: `（${ja}）`, sources, notes, checkBy: null });

export const VENDOR_SLOTS: readonly Contact[] = [
  slot('ir-retainer', 'IR retainer / DFIR firm', '契約先のインシデント対応・フォレンジック事業者', ['S2', 'S43'], 'Insurer may require panel firm or prior consent.'),
  slot('edr', 'EDR / XDR vendor', 'EDR／XDRベンダー', ['S2']),
  slot('msp', 'MSP / MSSP / SOC provider', 'MSP・MSSP・SOC事業者', ['S2']),
  slot('insurer-hotline', 'cyber insurer breach hotline', 'サイバー保険会社の緊急窓口', ['S43'], 'Hotline ≠ formal notice.'),
  slot('broker', 'insurance broker', '保険代理店・ブローカー', ['S43'], 'Files formal notice.'),
  slot('counsel', 'outside counsel / breach coach', '社外弁護士・ブリーチコーチ', ['S43']),
  slot('negotiator', 'ransomware negotiation firm (via insurer)', '身代金交渉事業者（保険会社経由）', ['S43'], 'Sanctions (OFAC) screening before any payment.'),
  slot('pr', 'PR / crisis communications firm', '広報・危機管理コミュニケーション事業者', ['S43', 'S2']),
  slot('isp', 'ISP / upstream network provider', 'ISP・回線事業者', [], '[practice]'),
  slot('backup', 'backup vendor', 'バックアップ製品・サービス事業者', [], '[practice]'),
  slot('vpn-firewall-vendor', 'VPN / firewall appliance vendor', 'VPN・FW機器ベンダー', [], '[practice]'),
  slot('cloud', 'cloud / SaaS providers', 'クラウド・SaaS事業者', [], '[practice]'),
  slot('key-partner', 'key customers / partners / 3PL clients', '主要顧客・取引先・物流受託先', ['S45', 'S44'], 'See checklist 2.6.'),
  slot('acquirer', 'payment acquirer', '加盟店契約会社（アクワイアラ）', ['S16'], 'Card-data cases.'),
  slot('isac', 'sector ISAC / ISAO', '業界ISAC', ['S2'], 'Share lessons and IOCs.'),
];
