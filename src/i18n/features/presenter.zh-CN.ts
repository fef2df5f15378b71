import type { Translation } from "../catalogue";
import type { presenterEn } from "./presenter.en";

/** 简体中文 messages of presenter mode's controls and shortcut sheet (see presenter.en.ts). */
export const presenterZh: Translation<typeof presenterEn> = {
  "present.controls": "演示控制",
  "present.toTransposed": "反过来做",
  "present.toConv": "回到卷积",
  "present.kernel": "卷积核",
  "present.stride": "步幅",
  "present.padding": "填充",
  "present.stepDown": "{name}减一（Shift+键）",
  "present.stepUp": "{name}加一（键）",
  "present.keys": "快捷键",
  "present.keysTitle": "键盘快捷键",
  "present.keysClose": "关闭（Esc）",
  "present.keyPlay": "播放或暂停",
  "present.keyStep": "后退或前进一步",
  "present.keyEnds": "回到开头、跳到结尾",
  "present.keySpeed": "加快、减慢",
  "present.keyDirection": "卷积或其反向：转置卷积",
  "present.keyKernel": "卷积核尺寸加一、减一",
  "present.keyStride": "步幅加一、减一",
  "present.keyPadding": "填充加一、减一",
  "present.keyLayout": "视图并排，或每行一个、放到最大",
  "present.keyFullscreen": "全屏",
  "present.keyHelp": "本页",
  "present.keyLeave": "退出演示模式",
};
