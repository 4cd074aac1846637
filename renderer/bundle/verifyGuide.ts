// VERIFY.txt: how whoever receives the bundle checks it without Lantern and without
// trusting the laptop that wrote it, in English and Japanese (the file travels outside
// the app, so both languages are in it whatever the exporter's UI language).
import { formatFingerprint } from '../../shared/domain/responder';

export interface GuideFacts {
  bundleName: string;
  incident: { title: string; code: string };
  exportedAt: string;
  signer: { name: string; role: string | null; organization: string };
  deviceId: string;
  publicKeyHex: string;
  fingerprint: string;
  /** False when written without evidence files (custody records only). */
  evidenceIncluded: boolean;
}

/** User-entered text on one line: a title cannot forge a line of instructions. */
const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();

export function verifyGuide(facts: GuideFacts): string {
  const incident = oneLine(facts.incident.code ? `${facts.incident.code} ${facts.incident.title}` : facts.incident.title);
  const signer = oneLine([facts.signer.role ? `${facts.signer.name} (${facts.signer.role})` : facts.signer.name, facts.signer.organization].filter(Boolean).join(', '));
  const shown = formatFingerprint(facts.fingerprint);
  const key = facts.publicKeyHex;
  const openssl = [
    `printf '302a300506032b6570032100%s' ${key} | xxd -r -p > signer.der`,
    `printf '%s' "<signatureHex>" | xxd -r -p > signature.bin`,
    'openssl pkeyutl -verify -pubin -keyform DER -inkey signer.der -rawin -in tagmanifest-sha256.txt -sigfile signature.bin',
  ].map((line) => `     ${line}`);

  return [
    'HOW TO CHECK THIS EVIDENCE BUNDLE',
    '=================================',
    '',
    `Incident:          ${incident}`,
    `Exported at (UTC): ${facts.exportedAt}`,
    `Exported by:       ${signer}`,
    `Signing device:    ${facts.deviceId}`,
    `Key fingerprint:   ${facts.fingerprint}`,
    `  as Lantern shows it (Settings > This device > Key fingerprint): ${shown}`,
    '',
    'This ZIP is a BagIt bag (RFC 8493). Every file in it can be checked with',
    'sha256sum alone: you need neither Lantern nor trust in the computer that wrote it.',
    '',
    '1. Unzip the bundle into an empty folder and open a terminal in that folder',
    '   (the one that holds this VERIFY.txt).',
    '',
    '2. Check every evidence file and record against the payload manifest:',
    '     sha256sum -c manifest-sha256.txt',
    '   Every line must end in "OK". (macOS: shasum -a 256 -c manifest-sha256.txt)',
    '',
    "3. Check the bag's own files (the manifest above, bag-info.txt, chain-heads.json",
    '   and this guide) against the tag manifest:',
    '     sha256sum -c tagmanifest-sha256.txt',
    '',
    '4. Check the signature. signature.json holds the Ed25519 public key (publicKeyHex),',
    '   its fingerprint, and the signature (signatureHex) over the exact bytes of',
    '   tagmanifest-sha256.txt, made with the exporting device\'s private key.',
    '   a. Compare the fingerprint with the one the responder\'s Lantern shows under',
    '      Settings > This device > Key fingerprint. Ask them to read it aloud, or get',
    '      it by a channel other than the one that brought you this bundle.',
    '   b. Check that the fingerprint is the SHA-256 of the public key:',
    `     printf '%s' ${key} | xxd -r -p | sha256sum`,
    '   c. Verify the signature with OpenSSL 3 (put signatureHex from signature.json',
    '      in place of <signatureHex>); it prints "Signature Verified Successfully":',
    ...openssl,
    '',
    '5. Or check all of the above, plus the hash chain of every device\'s log and the',
    '   custody chain of every evidence item, in one step (Node.js, no network):',
    `     npx lantern-verify ${facts.bundleName}`,
    '   It prints a report and exits non-zero naming the first file or entry that fails.',
    '',
    'Contents: data/timeline.json (the whole log: every entry, every version, with its',
    'hash chains), data/timeline.csv and data/timeline.html (readable copies),',
    'data/custody.json (evidence items and their custody chains), data/evidence/ (the',
    'evidence files exactly as stored), data/contacts-engaged.json, data/board.json',
    '(systems and checklists), chain-heads.json (the last entry of each device\'s chain,',
    'so that entries removed from the end are detected).',
    ...(facts.evidenceIncluded ? [] : ['This bundle was written WITHOUT evidence files: data/custody.json lists the items', 'and their custody chains, not their bytes.']),
    '',
    '',
    'この証拠バンドルの検証方法',
    '==========================',
    '',
    `インシデント:         ${incident}`,
    `エクスポート日時(UTC): ${facts.exportedAt}`,
    `エクスポートした人:   ${signer}`,
    `署名した端末:         ${facts.deviceId}`,
    `鍵のフィンガープリント: ${facts.fingerprint}`,
    `  Lantern の表示（設定 > この端末 > 鍵のフィンガープリント）: ${shown}`,
    '',
    'この ZIP は BagIt 形式（RFC 8493）のバッグです。中のファイルはすべて sha256sum だけで',
    '検証できます。Lantern も、このバンドルを作成した PC を信頼する必要もありません。',
    '',
    '1. 空のフォルダーにバンドルを展開し、そのフォルダー（この VERIFY.txt があるフォルダー）で',
    '   ターミナルを開きます。',
    '',
    '2. 証拠ファイルと記録をペイロードマニフェストと照合します:',
    '     sha256sum -c manifest-sha256.txt',
    '   すべての行が「OK」で終われば一致しています。（macOS: shasum -a 256 -c manifest-sha256.txt）',
    '',
    '3. バッグ自体のファイル（上のマニフェスト、bag-info.txt、chain-heads.json、このガイド）を',
    '   タグマニフェストと照合します:',
    '     sha256sum -c tagmanifest-sha256.txt',
    '',
    '4. 署名を検証します。signature.json には Ed25519 公開鍵（publicKeyHex）、その',
    '   フィンガープリント、エクスポートした端末の秘密鍵で tagmanifest-sha256.txt の',
    '   バイト列そのものに付けた署名（signatureHex）が入っています。',
    '   a. フィンガープリントを、担当者の Lantern の「設定 > この端末 > 鍵のフィンガープリント」',
    '      の表示と比べてください。読み上げてもらうか、このバンドルを受け取ったのとは別の',
    '      経路で確認してください。',
    '   b. フィンガープリントが公開鍵の SHA-256 であることを確認します:',
    `     printf '%s' ${key} | xxd -r -p | sha256sum`,
    '   c. OpenSSL 3 で署名を検証します（<signatureHex> を signature.json の signatureHex に',
    '      置き換えてください）。「Signature Verified Successfully」と表示されれば有効です:',
    ...openssl,
    '',
    '5. 上の確認すべてに加え、各端末のログのハッシュチェーンと各証拠の保管の連鎖を',
    '   一度に検証することもできます（Node.js、ネットワーク不要）:',
    `     npx lantern-verify ${facts.bundleName}`,
    '   結果を表示し、失敗したときは最初に不一致となったファイルまたはエントリを示して',
    '   0 以外の終了コードで終わります。',
    '',
    '内容: data/timeline.json（全エントリ・全版とハッシュチェーンを含むログ全体）、',
    'data/timeline.csv と data/timeline.html（閲覧用の写し）、data/custody.json（証拠と',
    '保管の連鎖）、data/evidence/（保存されたままの証拠ファイル）、data/contacts-engaged.json、',
    'data/board.json（システムとチェックリスト）、chain-heads.json（各端末のチェーンの最後の',
    'エントリ。末尾のエントリが削除されれば検出されます）。',
    ...(facts.evidenceIncluded ? [] : ['このバンドルは証拠ファイルを含めずに作成されました。data/custody.json には証拠の一覧と', '保管の連鎖のみが入っており、ファイル本体は入っていません。']),
    '',
  ].join('\n');
}
