#pragma once

// Word lists for demo data. Every name here is generic; every address and number is fake.
namespace pd::demodata {

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
};

inline constexpr Syllable kSurnames[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
    {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
    {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"}, {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"},
    {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"},
    {"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
    {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"叶", "ye"}, {"苏", "su"}, {"欧阳", "ouyang"}, {"司马", "sima"},
};

inline constexpr Syllable kGiven[] = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"}, {"强", "qiang"},
    {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"},
    {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"}, {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"},
    {"华", "hua"}, {"玉", "yu"}, {"兰", "lan"}, {"萍", "ping"}, {"鹏", "peng"}, {"辉", "hui"}, {"建", "jian"},
    {"文", "wen"}, {"斌", "bin"}, {"宇", "yu"}, {"浩", "hao"}, {"凯", "kai"}, {"欣", "xin"}, {"怡", "yi"},
    {"婷", "ting"}, {"雪", "xue"}, {"琳", "lin"}, {"晨", "chen"}, {"瑞", "rui"}, {"博", "bo"}, {"涵", "han"},
    {"嘉", "jia"}, {"思", "si"}, {"雨", "yu"}, {"梓", "zi"}, {"轩", "xuan"}, {"子", "zi"}, {"一", "yi"},
};

inline constexpr const char *kEnglishFirst[] = {
    "Emily", "James", "Olivia", "William", "Sophia", "Henry", "Grace", "Daniel", "Chloe", "Thomas",
    "Hannah", "Samuel", "Lucy", "Benjamin", "Amelia", "Jack", "Isabella", "Oliver", "Mia", "David",
};
inline constexpr const char *kEnglishLast[] = {
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
    "Wright", "Thompson", "White", "Hughes", "Green", "Hall", "Wood", "Clarke", "Turner", "Chen",
};

inline constexpr const char *kMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189", "199",
};

// Six-digit administrative division codes (Shanghai districts and a few other cities).
inline constexpr const char *kRegions[] = {
    "310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310115",
    "110101", "110105", "440305", "440106", "330106", "320102", "510104", "420106",
};

inline constexpr const char *kCompanyCities[] = {"上海", "北京", "杭州", "深圳", "苏州", "南京"};
inline constexpr const char *kCompanyWords[] = {"星河", "远景", "蓝海", "启明", "华信", "云帆", "智联", "恒泰"};
inline constexpr const char *kCompanyTrades[] = {"贸易", "科技", "信息技术", "咨询", "物流", "文化传媒"};
inline constexpr const char *kEnglishCompanies[] = {
    "Northwind Trading Ltd.", "Bluewater Consulting Ltd.", "Harbour Logistics Ltd.", "Lighthouse Media Ltd.",
};

inline constexpr const char *kEmailDomains[] = {"example.com", "example.cn", "example.net", "example.org"};

} // namespace pd::demodata
