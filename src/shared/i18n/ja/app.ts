/**
 * Japanese: the main menu, the commands, node kinds, the status bar, workers and connections. One part of the
 * catalogue; ja/index.ts joins them.
 */
import type { Catalogue } from '../catalogue';

export const jaApp: Pick<
  Catalogue,
  'menu' | 'commands' | 'nodeKinds' | 'nodeRef' | 'severity' | 'status' | 'editStatus' | 'workers' | 'connection'
> = {
  menu: {
    File: 'ファイル',
    Edit: '編集',
    View: '表示',
    Train: '学習',
    Compare: '比較',
    Help: 'ヘルプ',
    bar: 'メインメニュー',
  },
  commands: {
    file: {
      new: '新規',
      newFromTemplate: 'テンプレートから新規作成…',
      open: '開く…',
      openRecent: '最近使ったファイルを開く…',
      save: '保存',
      saveAs: '名前を付けて保存…',
      revert: '保存した状態に戻す',
      close: '閉じる',
      export: 'エクスポート…',
    },
    edit: {
      undo: '元に戻す',
      redo: 'やり直す',
      cut: '切り取り',
      copy: 'コピー',
      paste: '貼り付け',
      duplicate: '複製',
      selectAll: 'すべて選択',
      delete: '削除',
      deselect: '選択を解除',
    },
    view: {
      layout: '自動レイアウト',
      fit: '全体を表示',
      zoomIn: '拡大',
      zoomOut: '縮小',
      languageEn: '言語: English（英語）',
      languageJa: '言語: 日本語',
      neurons: 'ニューロンの表示/非表示',
      neuronsAll: 'すべてのニューロンの表示/非表示',
    },
    train: {
      start: '学習',
      pauseResume: '一時停止 / 再開',
      step: '1エポック進める',
      stop: '停止',
      reset: '重みをリセット',
      startPaused: '一時停止で開始（初期の重み）',
    },
    compare: {
      activations: '活性化関数を比較',
      new: '比較…',
      show: '比較結果を表示',
    },
    help: {
      shortcuts: 'キーボードショートカット',
      about: 'Layerwise について',
      lessons: 'レッスン…',
    },
  },
  nodeKinds: {
    input: { title: '入力層 (Input)', phrase: '入力層' },
    dense: { title: '全結合 (Dense)', phrase: '全結合層' },
    activation: { title: '活性化 (Activation)', phrase: '活性化層' },
    dropout: { title: 'ドロップアウト (Dropout)', phrase: 'ドロップアウト層' },
    add: { title: '加算 (Add)', phrase: '加算層' },
    concat: { title: '連結 (Concat)', phrase: '連結層' },
    output: { title: '出力層 (Output)', phrase: '出力層' },
    unknown: { phrase: '種類「{{type}}」のノード' },
  },
  nodeRef: '{{kind}}「{{name}}」',
  severity: { error: 'エラー', warning: '警告' },
  status: {
    ready: '学習できます · パラメータ数 {{count, number}}',
    errors_one: 'エラー {{count}} 件',
    errors_other: 'エラー {{count}} 件',
    warnings_one: '警告 {{count}} 件',
    warnings_other: '警告 {{count}} 件',
    summary: '{{errors}}、{{warnings}}',
  },
  editStatus: {
    cut_one: '{{count}} 個のノードを切り取りました。',
    cut_other: '{{count}} 個のノードを切り取りました。',
    copy_one: '{{count}} 個のノードをコピーしました。',
    copy_other: '{{count}} 個のノードをコピーしました。',
    paste_one: '{{count}} 個のノードを貼り付けました。',
    paste_other: '{{count}} 個のノードを貼り付けました。',
    duplicate_one: '{{count}} 個のノードを複製しました。',
    duplicate_other: '{{count}} 個のノードを複製しました。',
    layout: 'ネットワークを左から右へ並べ直しました。',
  },
  workers: {
    training: '学習用のワーカーが止まりました（{{reason}}）。',
    data: 'データ用のワーカーが止まりました（{{reason}}）。',
    serialize: '保存用のワーカー（シリアライズ）が止まりました（{{reason}}）。',
    notLoaded: '読み込めませんでした',
    digits: '手書き数字の画像（{{file}}）を読み込めませんでした。サーバーの応答は {{status}} でした。',
  },
  connection: {
    gone: 'その接続の先のノードは、もうありません。',
    itself: '{{from}} は自分自身にはつなげません。次の層につないでください。',
    fromOutput: '{{from}} はネットワークの出力なので、その後ろには何もつなげません。もっと前の層からつないでください。',
    intoInput: '{{to}} は入力です。値はデータセットから受け取るので、ここには何もつなげません。',
    already: '{{from}} はすでに {{to}} とつながっています。',
    loop: '{{from}} を {{to}} につなぐとループになります（{{to}} はすでに {{from}} に流れ込んでいます）。ここでのネットワークは、入力から出力へ一方向に流れる必要があります。',
    full: '{{to}} にはすでに入力があり、入力は1つしか受け取れません。先にその接続を削除するか、加算 (Add) か連結 (Concat) ノードで2つをまとめてください。',
  },
};
