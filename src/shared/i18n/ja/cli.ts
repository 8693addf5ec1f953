/** Japanese: the command line. One part of the catalogue; ja/index.ts joins them. */
import type { Catalogue } from '../catalogue';

export const jaCli: Pick<Catalogue, 'cli'> = {
  cli: {
    progress: {
      epochLine: 'エポック {{epoch}}/{{total}}',
      epochBar: 'エポック {{epoch}}/{{total}}',
      trainLoss: '訓練損失 {{value}}',
      valLoss: '検証損失 {{value}}',
      trainAccuracy: '訓練正解率 {{value}}',
      valAccuracy: '検証正解率 {{value}}',
      left: '残り {{time}}',
    },
    warning: '注意: {{text}}',
    note: 'メモ: {{text}}',
    inRun: '{{file}}（学習 {{run}}）: {{text}}',
    inDataset: '{{file}}（データセット）: {{text}}',
    inDatasetFile: '{{file}}（データセット {{path}}）: {{text}}',
    untrainedExport:
      '{{file}} には重みを保存した学習がまだないので、エクスポートには初期の重みが入ります。学習済みの重みをエクスポートするには、先に学習してください（{{hint}}）。',
    sourceGoneEmbedded:
      '{{run}} はプロジェクトに埋め込まれた CSV（{{rows}} 行）で学習しましたが、その CSV はいま読めません。予測には、その学習で記録した特徴量・標準化・クラスを使います。',
    sourceGonePath:
      '{{run}} はデータセットのファイル dataset.path "{{path}}"（{{rows}} 行）で学習しましたが、そのファイルはいま読めません。予測には、その学習で記録した特徴量・標準化・クラスを使います。',
    sourceChangedEmbedded:
      'プロジェクトに埋め込まれた CSV は、{{run}} の学習のあとで変わっています（当時は {{rows}} 行）。予測には、その学習で記録した特徴量・標準化・クラスを使います。',
    sourceChangedPath:
      'データセットのファイル dataset.path "{{path}}" は、{{run}} の学習のあとで変わっています（当時は {{rows}} 行）。予測には、その学習で記録した特徴量・標準化・クラスを使います。',
    badRows_one: '注意: {{file}} の {{count}} 行は使えないので除外しました:',
    badRows_other: '注意: {{file}} の {{count}} 行は使えないので除外しました:',
    moreRows: '…ほか {{count}} 行。',
    notCompiled: '{{file}}: グラフをコンパイルできませんでした。',
    moreProblems:
      '{{file}}: 問題は全部で {{total}} 件です。最初の {{shown}} 件より後の {{rest}} 件は表示していません。すべて表示するには --all を付けて実行し直してください。',
  },
};
